import { a, b } from "./lib.js";

export const answer = 42;
