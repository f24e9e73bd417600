export interface Booking {
  guest: string;
  checkIn: string;
  nights: number;
}

export function totalNights(bs: Booking[]): number {
  return bs.reduce((n, b) => n + b.nights, 0);
}
