import { range } from "./range.js";

const evens = range(0, 10, 2);
const firstFive = range(0, 5);
console.log(evens, firstFive);
