function normaliseEmail(s) {
  return s.trim().toLowerCase();
}

function normalisePhone(s) {
  const digits = s.replace(/[^0-9+]/g, "");
  return digits.startsWith("+") ? digits : "+44" + digits.replace(/^0/, "");
}

module.exports = { normaliseEmail, normalisePhone };
