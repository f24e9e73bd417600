import { totalNights, type Booking } from "../model.js";

export class NightlyBiller {
  constructor(private rate: number) {}

  invoice(rs: Booking[]): string {
    const first: Booking | undefined = rs[0];
    const who = first ? first.guest : "nobody";
    return `${who}: ${totalNights(rs) * this.rate}`;
  }
}
