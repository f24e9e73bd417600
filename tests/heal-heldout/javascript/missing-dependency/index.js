import dayjs from "dayjs";

const invoices = [
  { id: "INV-1", issued: "2026-11-02", termsDays: 30 },
  { id: "INV-2", issued: "2026-11-28", termsDays: 14 },
];

for (const inv of invoices) {
  const due = dayjs(inv.issued).add(inv.termsDays, "day").format("YYYY-MM-DD");
  console.log(`${inv.id} due ${due}`);
}
