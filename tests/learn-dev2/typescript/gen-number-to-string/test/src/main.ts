import { toRows } from "./orders.js";
import { render } from "./table.js";

console.log(render(toRows([{ id: 1042, customer: "Lindqvist", status: "open" }])));
