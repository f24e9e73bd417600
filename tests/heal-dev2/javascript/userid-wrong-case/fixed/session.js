const sessions = new Map();

function login(userId, role) {
  const token = `${userId}-${role}-${sessions.size + 1}`;
  sessions.set(token, { userId, role, createdAt: 0 });
  return token;
}

function whoAmI(token) {
  const s = sessions.get(token);
  if (!s) return "anonymous";
  const { userId, role } = s;
  return `${userId} (${role})`;
}

const t = login("u42", "admin");
console.log(whoAmI(t));
console.log(whoAmI("bogus"));
