/**
 * Slider model, rewritten as a class: immutable, with keyboard handling and
 * percentage formatting. Replaces the old createSlider/nudge/ratio functions.
 */
export type Key = "ArrowLeft" | "ArrowRight" | "Home" | "End" | "PageUp" | "PageDown";

export class Slider {
  private constructor(
    readonly min: number,
    readonly max: number,
    readonly step: number,
    readonly value: number,
  ) {}

  static of(min: number, max: number, step = 1, initial = min): Slider {
    if (max <= min) throw new RangeError("max must be greater than min");
    if (step <= 0) throw new RangeError("step must be positive");
    return new Slider(min, max, step, min).set(initial);
  }

  set(raw: number): Slider {
    const snapped = this.min + Math.round((raw - this.min) / this.step) * this.step;
    const bounded = Math.min(this.max, Math.max(this.min, snapped));
    return new Slider(this.min, this.max, this.step, bounded);
  }

  onKey(key: Key): Slider {
    const page = this.step * 10;
    switch (key) {
      case "ArrowLeft":
        return this.set(this.value - this.step);
      case "ArrowRight":
        return this.set(this.value + this.step);
      case "PageDown":
        return this.set(this.value - page);
      case "PageUp":
        return this.set(this.value + page);
      case "Home":
        return this.set(this.min);
      case "End":
        return this.set(this.max);
    }
  }

  get percent(): string {
    return `${Math.round((100 * (this.value - this.min)) / (this.max - this.min))}%`;
  }
}
