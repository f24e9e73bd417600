import { demo } from "./board.js";

console.log(demo());
