import { label, type Status } from "./status.js";

const history: Status[] = ["pending", "shipped", "delivered", "returned"];
console.log(history.map(label).join(" -> "));
