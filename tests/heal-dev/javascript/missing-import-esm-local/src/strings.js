export function slugify(s) {
  return s.toLowerCase().trim().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

export function capitalize(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
