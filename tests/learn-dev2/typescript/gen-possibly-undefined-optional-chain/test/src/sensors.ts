export interface Reading {
  takenAt: string;
  pm25: number;
}

export class SensorLog {
  private readings: Reading[] = [];

  add(r: Reading): void {
    this.readings.push(r);
  }

  report(): void {
    const latest = this.readings.at(-1);
    console.log("readings:", this.readings.length);
    console.log("latest pm2.5:", latest.pm25, "at", latest?.takenAt);
  }
}
