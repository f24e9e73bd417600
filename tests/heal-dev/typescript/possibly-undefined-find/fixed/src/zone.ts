export type RecordType = "A" | "AAAA" | "CNAME" | "MX" | "TXT";

export interface DnsRecord {
  name: string;
  type: RecordType;
  value: string;
  ttl: number;
}

export interface Answer {
  name: string;
  chain: string[];
  records: DnsRecord[];
}

const zone: DnsRecord[] = [
  { name: "example.org", type: "A", value: "93.184.216.34", ttl: 3600 },
  { name: "example.org", type: "AAAA", value: "2606:2800:220:1::248", ttl: 3600 },
  { name: "www.example.org", type: "CNAME", value: "example.org", ttl: 300 },
  { name: "cdn.example.org", type: "CNAME", value: "www.example.org", ttl: 60 },
  { name: "example.org", type: "MX", value: "10 mail.example.org", ttl: 3600 },
  { name: "example.org", type: "MX", value: "20 backup.example.org", ttl: 3600 },
  { name: "mail.example.org", type: "A", value: "93.184.216.40", ttl: 600 },
  { name: "example.org", type: "TXT", value: "v=spf1 mx -all", ttl: 300 },
];

function normalise(name: string): string {
  return name.toLowerCase().replace(/\.$/, "");
}

export function records(name: string, type: RecordType): DnsRecord[] {
  const n = normalise(name);
  return zone.filter((r) => r.name === n && r.type === type);
}

export function resolve(name: string, type: RecordType, maxDepth = 8): Answer {
  const chain: string[] = [];
  let current = normalise(name);
  for (let depth = 0; depth < maxDepth; depth++) {
    const direct = records(current, type);
    if (direct.length > 0) {
      return { name, chain, records: direct };
    }
    const cname = records(current, "CNAME")[0];
    if (cname === undefined) {
      break;
    }
    chain.push(cname.value);
    current = cname.value;
  }
  return { name, chain, records: [] };
}

export function mailServers(domain: string): string[] {
  return records(domain, "MX")
    .map((r) => {
      const [prio, host] = r.value.split(" ");
      return { prio: Number(prio), host };
    })
    .sort((a, b) => a.prio - b.prio)
    .map((m) => m.host);
}

export function ttlOf(name: string, type: RecordType): number | undefined {
  const rec = zone.find((r) => r.name === normalise(name) && r.type === type);
  return rec?.ttl;
}

export function minTtl(answer: Answer): number {
  const ttls = answer.records.map((r) => r.ttl);
  for (const hop of answer.chain) {
    const t = ttlOf(hop, "CNAME");
    if (t !== undefined) ttls.push(t);
  }
  return ttls.length > 0 ? Math.min(...ttls) : 0;
}

export function describe(answer: Answer): string {
  const via = answer.chain.length > 0 ? ` via ${answer.chain.join(" -> ")}` : "";
  const values = answer.records.map((r) => r.value).join(", ") || "(no records)";
  return `${answer.name}${via}: ${values}`;
}

const queries: [string, RecordType][] = [
  ["cdn.example.org.", "A"],
  ["example.org", "AAAA"],
  ["nope.example.org", "A"],
];
for (const [name, type] of queries) {
  const a = resolve(name, type);
  console.log(describe(a), `ttl=${minTtl(a)}`);
}
console.log(mailServers("example.org"), ttlOf("www.example.org", "CNAME"), ttlOf("nope.example.org", "A"));
