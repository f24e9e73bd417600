export type ColumnId = "todo" | "doing" | "review" | "done";

export interface Card {
  id: number;
  title: string;
  assignee?: string;
  points: number;
  column: ColumnId;
  createdAt: Date;
}

export interface Column {
  id: ColumnId;
  title: string;
  wipLimit: number;
}

export class WipLimitError extends Error {
  constructor(public readonly column: ColumnId, public readonly limit: number) {
    super(`column ${column} is at its WIP limit of ${limit}`);
  }
}

export class Board {
  private cards = new Map<number, Card>();
  private nextId = 1;

  constructor(private readonly columns: Column[]) {}

  add(title: string, points: number, assignee?: string): Card {
    const card: Card = {
      id: this.nextId++,
      title,
      assignee,
      points,
      column: "todo",
      createdAt: new Date(2026, 0, this.nextId),
    };
    this.cards.set(card.id, card);
    return card;
  }

  move(id: number, to: ColumnId): Card {
    const card = this.cards.get(id);
    if (card === undefined) {
      throw new Error(`no card ${id}`);
    }
    const column = this.columns.find((c) => c.id === to);
    if (column === undefined) {
      throw new Error(`no column ${to}`);
    }
    const inColumn = this.inColumn(to).length;
    if (inColumn >= column.wipLimit) {
      throw new WipLimitError(to, column.wipLimit);
    }
    card.column = to;
    return card;
  }

  inColumn(id: ColumnId): Card[] {
    return [...this.cards.values()].filter((c) => c.column === id);
  }

  pointsBy(assignee: string): number {
    let total = 0;
    for (const card of this.cards.values()) {
      if (card.assignee === assignee) {
        total += card.points;
      }
    }
    return total;
  }

  summary(): string {
    const rows: string[] = [];
    for (const col of this.columns) {
      const cards = this.inColumn(col.id);
      const pts = cards.reduce((sum, c) => sum + c.points, 0);
      rows.push(`${col.title.padEnd(8)} ${String(cards.length).padStart(2)}/${col.wipLimit} cards, ${pts} pts`);
    }
    return rows.join("\n");
  }
}

export function demo(): string {
  const board = new Board([
    { id: "todo", title: "To do", wipLimit: 10 },
    { id: "doing", title: "Doing", wipLimit: 2 },
    { id: "review", title: "Review", wipLimit: 2 },
    { id: "done", title: "Done", wipLimit: 100 },
  ]);
  const a = board.add("login form", 3, "mia");
  const b = board.add("password reset", 5, "mia");
  const c = board.add("audit log", 8, "raj");
  board.add("dark mode", 2);
  board.move(a.id, "doing");
  board.move(b.id, "doing");
  try {
    board.move(c.id, "doing");
  } catch (e) {
    if (!(e instanceof WipLimitError)) throw e;
  }
  board.move(a.id, "review");
  return board.summary() + `\nmia: ${board.pointsBy("mia")} pts`;
}
