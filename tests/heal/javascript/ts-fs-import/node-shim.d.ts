// Stands in for @types/node: just what this case uses.
declare module "node:fs" {
  export function readFileSync(path: string, encoding: "utf8"): string;
}
