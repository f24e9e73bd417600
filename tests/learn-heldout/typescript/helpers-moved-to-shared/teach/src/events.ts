import { parseDate } from "./helpers.js";

export interface RawEvent {
  title: string;
  date: string;
}

export interface CalendarEvent {
  title: string;
  when: Date;
}

export function toEvents(raw: RawEvent[]): CalendarEvent[] {
  return raw
    .map((r) => ({ title: r.title, when: parseDate(r.date) }))
    .sort((a, b) => a.when.getTime() - b.when.getTime());
}

export function upcoming(events: CalendarEvent[], now: Date): CalendarEvent[] {
  return events.filter((e) => e.when.getTime() >= now.getTime());
}
