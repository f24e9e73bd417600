export interface Stock {
  sku: string;
  available: number;
  bin: string;
}

export class StockRepo {
  private rows = new Map<string, Stock>([["bolt-m6", { sku: "bolt-m6", available: 40, bin: "C-12" }]]);

  async loadStock(sku: string): Promise<Stock> {
    const row = this.rows.get(sku);
    if (!row) throw new Error(`unknown sku ${sku}`);
    return row;
  }
}
