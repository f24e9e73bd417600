export type Status = "pending" | "shipped" | "delivered" | "returned";

export const STATUS_LABEL: Record<Status, string> = {
  pending: "Waiting for pickup",
  shipped: "On its way",
  delivered: "Delivered",
  returned: "Returned to sender",
};

export function label(s: Status): string {
  return STATUS_LABEL[s];
}
