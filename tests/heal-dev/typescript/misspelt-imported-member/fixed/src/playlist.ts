import { formatDuration } from "./time.js";

interface Track {
  title: string;
  seconds: number;
}

const tracks: Track[] = [
  { title: "Intro", seconds: 95 },
  { title: "Long Drive", seconds: 412 },
  { title: "Outro", seconds: 3721 },
];

for (const t of tracks) {
  console.log(`${t.title.padEnd(12)} ${formatDuration(t.seconds)}`);
}
console.log("total", formatDuration(tracks.reduce((a, t) => a + t.seconds, 0)));
