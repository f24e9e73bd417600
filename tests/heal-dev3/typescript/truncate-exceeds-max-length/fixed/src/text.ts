export function truncate(text: string, max: number): string {
  if (text.length <= max) {
    return text;
  }
  return text.slice(0, max - 1).trimEnd() + "…";
}

export function preview(title: string, body: string, max = 40): string {
  const head = truncate(title, max);
  const room = max - head.length - 3;
  return room > 0 ? `${head} - ${truncate(body, room)}` : head;
}
