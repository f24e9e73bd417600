const { toCents, formatCents } = require("./money");

const expenses = ["12.30", "4.05", "100"];
const total = expenses.map(toCents).reduce((a, b) => a + b, 0);
console.log("total:", formatCents(total));
