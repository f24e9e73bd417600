export interface DnsRecord {
  name: string;
  type: "A" | "AAAA" | "CNAME" | "MX";
  value: string;
  ttl: number;
}

const zone: DnsRecord[] = [
  { name: "example.org", type: "A", value: "93.184.216.34", ttl: 3600 },
  { name: "www.example.org", type: "CNAME", value: "example.org", ttl: 300 },
  { name: "example.org", type: "MX", value: "10 mail.example.org", ttl: 3600 },
];

export function ttlOf(name: string, type: DnsRecord["type"]): number | undefined {
  const rec = zone.find((r) => r.name === name && r.type === type);
  return rec?.ttl;
}

console.log(ttlOf("www.example.org", "CNAME"), ttlOf("nope.example.org", "A"));
