import { courtNames } from "./courts.js";

console.log(courtNames([
  { court: 2, startMin: 600, player: "Okafor" },
  { court: 5, startMin: 660, player: "Brandt" },
]).join(" / "));
