import { excerpt, slugify } from "./text.js";

export interface Post {
  title: string;
  body: string;
}

export function permalink(p: Post): string {
  return `/posts/${slugify(p.title)}/`;
}

export function card(p: Post): string {
  return `${p.title}\n${excerpt(p.body, 8)}...\n${permalink(p)}`;
}
