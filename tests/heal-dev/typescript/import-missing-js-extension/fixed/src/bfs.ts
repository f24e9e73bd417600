import { Queue } from "./queue.js";

export function shortestPath(graph: Record<string, string[]>, from: string, to: string): string[] | null {
  const prev = new Map<string, string | null>([[from, null]]);
  const q = new Queue<string>();
  q.enqueue(from);
  while (q.size > 0) {
    const node = q.dequeue()!;
    if (node === to) {
      const path: string[] = [];
      for (let n: string | null = to; n !== null; n = prev.get(n) ?? null) path.unshift(n);
      return path;
    }
    for (const next of graph[node] ?? []) {
      if (!prev.has(next)) {
        prev.set(next, node);
        q.enqueue(next);
      }
    }
  }
  return null;
}

console.log(shortestPath({ a: ["b", "c"], b: ["d"], c: ["d", "e"], d: ["f"], e: ["f"] }, "a", "f"));
