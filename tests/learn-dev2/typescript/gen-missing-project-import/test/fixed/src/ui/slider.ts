import { clamp } from "../lib/numbers.js";

export class Slider {
  private value = 50;

  constructor(readonly label: string) {}

  nudge(delta: number): number {
    this.value = clamp(this.value + delta, 0, 100);
    return this.value;
  }
}
