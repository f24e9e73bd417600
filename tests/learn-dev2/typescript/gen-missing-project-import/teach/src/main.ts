import { card } from "./posts.js";

console.log(card({ title: "Why We Moved to Tabs?", body: "It started with a small argument about a config file and grew." }));
