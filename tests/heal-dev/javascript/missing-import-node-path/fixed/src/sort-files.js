import path from "node:path";

const files = [
  "report.final.pdf",
  "holiday.JPG",
  "notes.txt",
  "archive.tar.gz",
  "Makefile",
  "photo.jpg",
];

function groupByExtension(names) {
  const groups = {};
  for (const name of names) {
    const ext = path.extname(name).toLowerCase() || "(none)";
    (groups[ext] ??= []).push(name);
  }
  return groups;
}

const g = groupByExtension(files);
console.log(g);
if (g[".jpg"].length !== 2 || g["(none)"][0] !== "Makefile") throw new Error("bad grouping");
