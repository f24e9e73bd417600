export interface Booking {
  court: number;
  startMin: number;
  player: string;
}

export function courtNames(bookings: Booking[]): string[] {
  const names: string[] = bookings.map((b) => `court ${b.court}`);
  return [...new Set(names)];
}
