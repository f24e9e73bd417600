import type { Manifest, Shipment } from "./model.js";

export function heavyShipments(manifest: Manifest, minKg: number): Shipment[] {
  return manifest.shipments.filter((s) => s.weightKg >= minKg);
}

const m: Manifest = {
  carrier: "acme",
  shipments: [
    { id: "S1", weightKg: 2.5, destination: "domestic" },
    { id: "S2", weightKg: 31, destination: "international" },
  ],
};
console.log(heavyShipments(m, 20).map((s: Shipment) => s.id));
