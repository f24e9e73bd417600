const { parseCsv } = require("./csv");

const data = `name,dept,salary
ann,eng,5100
bob,ops,4200
cat,eng,6100
dan,ops,3900`;

const rows = parseCsv(data);
const byDept = {};
for (const r of rows) {
  byDept[r.dept] = (byDept[r.dept] || 0) + Number(r.salary);
}
console.log(byDept);
if (byDept.eng !== 11200) process.exit(1);
