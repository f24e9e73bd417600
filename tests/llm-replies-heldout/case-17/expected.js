'use strict';

function runningStats(values) {
  let count = 0;
  let total = 0;
  let max = -Infinity;
  for (const v of values) {
    count += 1;
    total += v;
    if (v > max) max = v;
  }
  return { count, mean: count ? total / count : 0, max };
}

module.exports = { runningStats };

if (require.main === module) {
  console.log(runningStats([3, 9, 4]));
}
