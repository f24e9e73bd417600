export interface Track {
  title: string;
  artist: string;
  album?: string;
  durationSec: number;
}

export function line(t: Track): string {
  const m = Math.floor(t.durationSec / 60);
  const s = String(t.durationSec % 60).padStart(2, "0");
  return `${t.artist} - ${t.title} [${t.album ?? "single"}] ${m}:${s}`;
}
