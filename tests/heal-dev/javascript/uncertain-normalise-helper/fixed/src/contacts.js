const { normaliseEmail, normalisePhone } = require("./normalise");

function dedupe(contacts) {
  const seen = new Map();
  for (const c of contacts) {
    const key = normaliseEmail(c.email);
    if (!seen.has(key)) {
      seen.set(key, { ...c, email: key, phone: normalisePhone(c.phone) });
    }
  }
  return [...seen.values()];
}

module.exports = { dedupe };
