import { SensorLog } from "./sensors.js";

const log = new SensorLog();
log.add({ takenAt: "07:00", pm25: 11.2 });
log.report();
