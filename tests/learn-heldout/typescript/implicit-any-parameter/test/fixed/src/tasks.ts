export interface Task {
  id: number;
  title: string;
  done: boolean;
  tags: string[];
}

export function tagged(tasks: Task[], tag: string): Task[] {
  return tasks.filter((t) => t.tags.includes(tag));
}

export function progress(tasks: Task[]): string {
  const done = tasks.filter((t) => t.done).length;
  return `${done}/${tasks.length}`;
}
