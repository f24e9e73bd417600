import { slugify } from "./text.js";

export interface Post {
  title: string;
  date: string;
}

export function permalink(post: Post): string {
  const [year, month] = post.date.split("-");
  return `/${year}/${month}/${slugify(post.title)}/`;
}

console.log(permalink({ title: "Crème Brûlée, at Home!", date: "2026-12-06" }));
