import { FEEDS, validate } from "./lib/config.js";

function schedule(feeds, horizonMinutes) {
  const runs = [];
  for (const feed of feeds.filter(validate)) {
    for (let t = 0; t < horizonMinutes; t += feed.everyMinutes) {
      runs.push({ at: t, feed: feed.name });
    }
  }
  return runs.sort((a, b) => a.at - b.at || a.feed.localeCompare(b.feed));
}

const runs = schedule(FEEDS, 60);
console.log(`${runs.length} fetches in the next hour; first: ${runs[0].feed}`);
