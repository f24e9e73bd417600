interface Member {
  name: string;
  role: "owner" | "editor" | "viewer";
  email: string;
}

const members: Member[] = [
  { name: "Priya", role: "editor", email: "priya@atelier.example" },
  { name: "Jonas", role: "owner", email: "jonas@atelier.example" },
];

const owner = members.find((m) => m.role === "owner");
console.log(`billing contact: ${owner.email}`);
