export function slugify(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export function excerpt(body: string, words = 20): string {
  return body.split(/\s+/).slice(0, words).join(" ");
}
