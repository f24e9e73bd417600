const rules = {
  required: (v) => (v === undefined || v === "" ? "is required" : null),
  email: (v) => (/^[^@\s]+@[^@\s]+$/.test(v) ? null : "is not an email"),
  min: (n) => (v) => (String(v).length >= n ? null : `needs at least ${n} characters`),
};

function validate(values, schema) {
  const errors = {};
  for (const [field, checks] of Object.entries(schema)) {
    for (const check of checks) {
      const msg = check(values[field]);
      if (msg) {
        errors[field] = msg;
        break;
      }
    }
  }
  return errors;
}

module.exports = { rules, validate };
