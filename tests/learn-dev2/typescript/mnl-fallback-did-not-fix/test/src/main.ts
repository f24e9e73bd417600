import { window } from "./query.js";

console.log(window({ page: "3", limit: "25" }));
