export const FEEDS = [
  { name: "release notes", url: "https://example.com/releases.xml", everyMinutes: 60 },
  { name: "status", url: "https://example.com/status.xml", everyMinutes: 5 },
];

export function validate(feed) {
  return typeof feed.url === "string" && feed.url.startsWith("https://") && feed.everyMinutes > 0;
}
