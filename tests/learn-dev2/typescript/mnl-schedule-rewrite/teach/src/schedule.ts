export interface Session {
  day: string;
  hour: number;
  teacher: string;
}

export function slotLabels(sessions: Session[]): string[] {
  const labels: string[] = sessions.map((s) => s.hour * 60);
  return labels;
}

export function byTeacher(sessions: Session[], teacher: string): Session[] {
  return sessions.filter((s) => s.teacher === teacher);
}
