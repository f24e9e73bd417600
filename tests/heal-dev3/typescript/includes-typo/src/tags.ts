export interface Article {
  title: string;
  tags: string[];
}

const BLOCKED = ["spam", "nsfw"];

export function normaliseTag(tag: string): string {
  return tag.trim().toLowerCase().replace(/\s+/g, "-");
}

export function visibleArticles(articles: Article[]): Article[] {
  return articles.filter((a) => !a.tags.some((t) => BLOCKED.include(normaliseTag(t))));
}

export function tagCloud(articles: Article[]): Map<string, number> {
  const cloud = new Map<string, number>();
  for (const a of visibleArticles(articles)) {
    for (const t of a.tags) {
      const key = normaliseTag(t);
      cloud.set(key, (cloud.get(key) ?? 0) + 1);
    }
  }
  return cloud;
}
