'use strict';

function countWords(text) {
  return (text.match(/\b\w+\b/g) || []).length;
}

function readingTime(text, wpm = 200) {
  const minutes = countWords(text) / wpm;
  return Math.max(1, Math.round(minutes));
}

module.exports = { countWords, readingTime };

if (require.main === module) {
  console.log(countWords('two words'), countWords('...'), readingTime(''));
}
