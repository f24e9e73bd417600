import { parseRoute, type Route } from "./router.js";

interface Dog {
  id: string;
  name: string;
  breed: string;
}

const dogs: Dog[] = [
  { id: "7", name: "Pip", breed: "whippet" },
  { id: "9", name: "Bruno", breed: "boxer" },
];

export function handle(path: string): string {
  const r: Route | null = parseRoute("GET", "/dogs/:id", path);
  if (!r) return "404";
  const dog = dogs.find((d) => d.id === r.params["id"]);
  return dog ? `${dog.name} (${dog.breed})` : "404";
}
