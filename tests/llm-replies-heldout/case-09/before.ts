export interface Post {
  id: number;
  title: string;
  tags: string[];
}

export function tagSummary(post: Post): string {
  if (post.tags.lenght === 0) {
    return "untagged";
  }
  const shown = post.tags.slice(0, 3).join(", ");
  const extra = post.tags.length - 3;
  return extra > 0 ? `${shown} +${extra}` : shown;
}

export function allTags(posts: Post[]): string[] {
  return [...new Set(posts.flatMap((p) => p.tags))].sort();
}
