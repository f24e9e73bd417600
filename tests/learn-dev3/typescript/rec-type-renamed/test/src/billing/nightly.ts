import { totalNights, type Reservation } from "../model.js";

export class NightlyBiller {
  constructor(private rate: number) {}

  invoice(rs: Reservation[]): string {
    const first: Reservation | undefined = rs[0];
    const who = first ? first.guest : "nobody";
    return `${who}: ${totalNights(rs) * this.rate}`;
  }
}
