export interface Event {
  at: Date;
  kind: "deploy" | "incident" | "note";
  text: string;
}

export function byDay(events: Event[]): Map<string, Event[]> {
  const days = new Map<string, Event[]>();
  for (const e of events) {
    const day = e.at.toISOString().slice(0, 10);
    const list = days.get(day) ?? [];
    list.push(e);
    days.set(day, list);
  }
  return days;
}

export function incidents(events: Event[]): string[] {
  return events
    .filter((e) => e.kind === "incident"
    .map((e) => `${e.at.toISOString()} ${e.text}`);
}
