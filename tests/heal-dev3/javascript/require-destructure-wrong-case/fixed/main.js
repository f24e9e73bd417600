const { parseCSVLine } = require("./csv");
const { mean } = require("./stats");

const DATA = `city,temp
"Oslo, NO",4
"Rome, IT",14
"Cairo, EG",22`;

const rows = DATA.split("\n").slice(1).map(parseCSVLine);
const temps = rows.map(([, t]) => Number(t));
console.log(`${rows.length} cities, mean ${mean(temps).toFixed(1)} C`);
