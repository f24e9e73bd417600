import { css, type ButtonStyle } from "./theme.js";

const primary: ButtonStyle = {
  color: "#fff",
  background: "#0057b8",
  borderRadius: 6,
};

console.log(css(primary));
