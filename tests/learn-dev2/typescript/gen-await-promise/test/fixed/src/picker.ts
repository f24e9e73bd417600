import { StockRepo } from "./repo.js";

export class Picker {
  constructor(private readonly repo: StockRepo) {}

  async pick(sku: string, qty: number): Promise<string> {
    const stock = await this.repo.loadStock(sku);
    if (stock.available < qty) {
      return `short: ${sku}`;
    }
    return `pick ${qty} x ${sku} from ${stock.bin}`;
  }
}
