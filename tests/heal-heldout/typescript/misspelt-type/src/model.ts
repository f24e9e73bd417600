export interface Shipment {
  id: string;
  weightKg: number;
  destination: "domestic" | "international";
}

export interface Manifest {
  carrier: string;
  shipments: Shipment[];
}
