export interface Sensor {
  name: string;
  unit: "C" | "F";
  readings: number[];
}

export class Station {
  private sensors = new Map<string, Sensor>();

  register(sensor: Sensor): void {
    this.sensors.set(sensor.name, sensor);
  }

  record(name: string, value: number): void {
    const sensor = this.sensors.get(name);
    if (sensor === undefined) {
      throw new Error(`unknown sensor ${name}`);
    }
    sensor.readings.push(value);
  }

  average(name: string): number {
    const r = this.sensors.get(name)?.readings ?? [];
    return r.length ? r.reduce((a, b) => a + b, 0) / r.length : NaN;
  }
}
