"use strict";

function capitalize(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function initials(name) {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((p) => p[0].toUpperCase())
    .join("");
}

module.exports = { capitalize, initials };
