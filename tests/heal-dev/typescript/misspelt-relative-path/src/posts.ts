import { slugify, truncate } from "./utlis/strings.js";

export interface Post {
  title: string;
  body: string;
}

export function toListing(p: Post): { slug: string; teaser: string } {
  return { slug: slugify(p.title), teaser: truncate(p.body, 40) };
}

console.log(toListing({ title: "Cr\u00e8me Br\u00fbl\u00e9e, at home!", body: "Start with the custard: six yolks, cream and a vanilla pod." }));
