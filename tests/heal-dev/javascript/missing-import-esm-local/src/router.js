import { capitalize } from "./strings.js";

const pages = ["About Us", "Contact", "Terms & Conditions", "FAQ"];

export function routes(titles) {
  return titles.map((t) => ({ path: `/${slugify(t)}`, label: capitalize(t.toLowerCase()) }));
}

const r = routes(pages);
console.table(r);
if (r[2].path !== "/terms-conditions") throw new Error(r[2].path);
