"use strict";

const helpers = require("./helpers");

const team = ["grace hopper", "alan turing", "ada lovelace"];
for (const member of team) {
  console.log(`${helpers.initials(member)}  ${member.split(" ").map(helpers.capitalize).join(" ")}`);
}
