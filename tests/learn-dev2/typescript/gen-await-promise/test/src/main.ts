import { Picker } from "./picker.js";
import { StockRepo } from "./repo.js";

new Picker(new StockRepo()).pick("bolt-m6", 12).then(console.log);
