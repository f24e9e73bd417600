const { parseKeyValues } = require("./lib/parse");

const env = parseKeyValues(`
# database
DB_HOST = localhost
DB_PORT=5432
`);
console.log(env);
