import { greeting } from "./lib/words";

console.log(greeting("world"));
