import { byTeacher, slotLabels, type Session } from "./schedule.js";

const week: Session[] = [
  { day: "Mon", hour: 7, teacher: "Ana" },
  { day: "Wed", hour: 18, teacher: "Leo" },
  { day: "Fri", hour: 7, teacher: "Ana" },
];
console.log(slotLabels(byTeacher(week, "Ana")).join(", "));
