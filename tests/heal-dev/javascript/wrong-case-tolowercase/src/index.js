const raw = [
  "Alice@Example.com",
  " bob@example.COM ",
  "alice@example.com",
  "carol@mail.example.org",
];

function canonical(email) {
  const [local, domain] = email.trim().split("@");
  return `${local}@${domain.toLowercase()}`;
}

const unique = [...new Set(raw.map(canonical))];
console.log(unique);
if (unique.length !== 4) throw new Error("expected local parts to stay case-sensitive");
