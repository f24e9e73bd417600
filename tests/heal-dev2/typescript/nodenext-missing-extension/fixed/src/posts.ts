import { slugify } from "./slug.js";

export interface Post {
  title: string;
  publishedAt: Date;
}

export function permalink(p: Post): string {
  const y = p.publishedAt.getUTCFullYear();
  const m = String(p.publishedAt.getUTCMonth() + 1).padStart(2, "0");
  return `/${y}/${m}/${slugify(p.title)}`;
}
