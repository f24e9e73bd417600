import { enqueueSingle, show } from "./queue.js";

enqueueSingle("Night Bus", "The Wrens", 207);
console.log(show().join("\n"));
