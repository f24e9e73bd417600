from dataclasses import dataclass, field
from datetime import date
from typing import List


@dataclass
class Shipment:
    order_id: int
    carrier: str
    tracking_code: str
    shipped_on: date
    parcels: List[str] = field(default_factory=list)

    def label(self) -> str:
        code = self.tracking_code if self.tracking_code else "pending"
        return f"#{self.order_id} via {self.carrier} ({code})"
