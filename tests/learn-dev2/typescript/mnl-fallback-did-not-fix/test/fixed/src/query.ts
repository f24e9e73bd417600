export interface ListQuery {
  page: string;
  limit: string;
}

export function window(query: ListQuery): { offset: number; maxRows: number } {
  const maxRows: number = Number(query.limit);
  return { offset: (Number(query.page) - 1) * maxRows, maxRows };
}
