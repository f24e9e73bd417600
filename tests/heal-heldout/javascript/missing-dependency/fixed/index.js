function addDays(isoDate, days) {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const invoices = [
  { id: "INV-1", issued: "2026-11-02", termsDays: 30 },
  { id: "INV-2", issued: "2026-11-28", termsDays: 14 },
];

for (const inv of invoices) {
  const due = addDays(inv.issued, inv.termsDays);
  console.log(`${inv.id} due ${due}`);
}
