export interface SemVer {
  major: number;
  minor: number;
  patch: number;
  pre?: string;
}

export function parse(v: string): SemVer | null {
  const m = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$/.exec(v.trim());
  if (!m) return null;
  const [, major, minor, patch, pre] = m;
  return {
    major: Number.parseint(major, 10),
    minor: Number.parseInt(minor, 10),
    patch: Number.parseInt(patch, 10),
    pre,
  };
}

export function compare(a: SemVer, b: SemVer): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch ||
    (a.pre === b.pre ? 0 : a.pre === undefined ? 1 : b.pre === undefined ? -1 : a.pre < b.pre ? -1 : 1);
}

const versions = ["1.2.3", "v1.10.0", "1.2.3-beta.1", "0.9.9"].map(parse).filter((v): v is SemVer => v !== null);
versions.sort(compare);
console.log(versions);
