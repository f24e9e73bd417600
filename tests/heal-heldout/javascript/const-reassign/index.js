"use strict";

function longestStreak(days) {
  let best = 0;
  const current = 0;
  for (const active of days) {
    if (active) {
      current += 1;
      best = Math.max(best, current);
    } else {
      current = 0;
    }
  }
  return best;
}

const log = [true, true, false, true, true, true, false];
console.log("longest streak:", longestStreak(log));
