export interface PageOpts {
  page: number;
  limit?: number;
}

export class Pager {
  constructor(private total: number) {}

  offset(opts: PageOpts): number {
    return (opts.page - 1) * (opts.limit ?? 20);
  }

  pages(opts: PageOpts): number {
    return Math.ceil(this.total / (opts.limit ?? 20));
  }
}
