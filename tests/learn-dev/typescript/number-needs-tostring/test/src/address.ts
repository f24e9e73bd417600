export function formatLine(street: string, postcode: number, city: string): string {
  const parts: string[] = [street];
  const zip: string = postcode;
  parts.push(`${zip} ${city}`);
  return parts.join(", ");
}
