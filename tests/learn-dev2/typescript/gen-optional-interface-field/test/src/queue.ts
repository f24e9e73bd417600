import { line, type Track } from "./model/track.js";

export const queue: Track[] = [];

export function enqueueSingle(title: string, artist: string, durationSec: number): void {
  const t: Track = { title, artist, durationSec };
  queue.push(t);
}

export function show(): string[] {
  return queue.map(line);
}
