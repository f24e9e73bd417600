export function wrap(text, width) {
  const lines = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export function longestLine(lines) {
  let longest = 0;
  for (const l of lines) {
    if (l.length > longest) longest = l.length;
  }
  return longest;
}

const lines = wrap("The quick brown fox jumps over the lazy dog near the river bank", 16);
console.log(lines.join("\n"));
console.log("longest:", longestLine(lines));
