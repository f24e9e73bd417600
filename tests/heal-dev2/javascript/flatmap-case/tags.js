const posts = [
  { title: "Intro", tags: ["news", "meta"] },
  { title: "Release", tags: ["news", "release"] },
  { title: "Draft", tags: [] },
];

function allTags(list) {
  return [...new Set(list.flatmap((p) => p.tags))].sort();
}

console.log(allTags(posts).join(", "));
