export interface TableRow {
  key: string;
  cells: string[];
}

export function render(rows: TableRow[]): string {
  return rows.map((r) => `${r.key.padEnd(6)}| ${r.cells.join(" | ")}`).join("\n");
}
