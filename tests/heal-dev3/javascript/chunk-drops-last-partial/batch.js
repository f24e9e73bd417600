export function chunk(items, size) {
  if (size <= 0) throw new RangeError("size must be positive");
  const out = [];
  for (let i = 0; i + size <= items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}

export function batchUpload(ids, size, send) {
  let sent = 0;
  for (const group of chunk(ids, size)) {
    send(group);
    sent += group.length;
  }
  return sent;
}
