export interface Session {
  day: string;
  hour: number;
  teacher: string;
}

const DAY_ORDER = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

class Timetable {
  private readonly sessions: Session[];

  constructor(sessions: Session[]) {
    this.sessions = [...sessions].sort(
      (a, b) => DAY_ORDER.indexOf(a.day) - DAY_ORDER.indexOf(b.day) || a.hour - b.hour,
    );
  }

  forTeacher(teacher: string): Timetable {
    return new Timetable(this.sessions.filter((s) => s.teacher === teacher));
  }

  labels(): string[] {
    const out: string[] = [];
    for (const s of this.sessions) {
      const hh = String(s.hour).padStart(2, "0");
      out.push(`${s.day} ${hh}:00`);
    }
    return out;
  }

  list(): Session[] {
    return this.sessions;
  }
}

export function slotLabels(sessions: Session[]): string[] {
  return new Timetable(sessions).labels();
}

export function byTeacher(sessions: Session[], teacher: string): Session[] {
  return new Timetable(sessions).forTeacher(teacher).list();
}
