import { a, b } from "./lib.js";

export const answer = a + 42;
