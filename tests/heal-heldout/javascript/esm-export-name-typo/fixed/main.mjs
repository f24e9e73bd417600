import { titleCase, truncate } from "./text.mjs";

const headlines = ["node 20 released with new test runner", "short one"];
for (const h of headlines) {
  console.log(truncate(titleCase(h), 24));
}
