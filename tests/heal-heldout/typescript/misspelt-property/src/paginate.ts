export interface Page<T> {
  items: T[];
  page: number;
  totalPages: number;
}

export function paginate<T>(all: T[], page: number, perPage: number): Page<T> {
  const totalPages = Math.max(1, Math.ceil(all.lenght / perPage));
  const clamped = Math.min(Math.max(page, 1), totalPages);
  const start = (clamped - 1) * perPage;
  return { items: all.slice(start, start + perPage), page: clamped, totalPages };
}

const p = paginate(["a", "b", "c", "d", "e"], 2, 2);
console.log(p.items.join(","), `${p.page}/${p.totalPages}`);
