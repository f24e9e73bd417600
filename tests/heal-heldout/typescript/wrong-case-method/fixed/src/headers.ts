export function canonicalHeader(name: string): string {
  return name
    .split("-")
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1).toLowerCase())
    .join("-");
}

for (const h of ["content-type", "X-REQUEST-ID", "etag"]) {
  console.log(canonicalHeader(h));
}
