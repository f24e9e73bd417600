const routes = [
  { method: "GET", pattern: "/users", handler: () => "list users" },
  { method: "GET", pattern: "/users/:id", handler: (p) => `show user ${p.id}` },
  { method: "POST", pattern: "/users", handler: () => "create user" },
  { method: "DELETE", pattern: "/users/:id", handler: (p) => `delete user ${p.id}` },
];

function match(pattern, path) {
  const a = pattern.split("/");
  const b = path.split("/");
  if (a.length !== b.length) return null;
  const params = {};
  for (let i = 0; i < a.length; i++) {
    if (a[i].startsWith(":")) params[a[i].slice(1)] = b[i];
    else if (a[i] !== b[i]) return null;
  }
  return params;
}

export function dispatch(method, path) {
  for (const r of routes) {
    const params = r.method === method ? match(r.pattern, path) : null;
    if (params) return r.handler(params);
  }
  return "404";
}

console.log(dispatch("GET", "/users/7"));
console.log(dispatch("DELETE", "/users/7"));
