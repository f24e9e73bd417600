"""Shipment tracking service."""
from datetime import datetime, timedelta
from typing import Dict, List


class Shipment:
    def __init__(self, code: str, eta: datetime, carrier: str):
        self.code = code
        self.eta = eta
        self.carrier = carrier
        self.delivered_at = None


class Tracker:
    def __init__(self) -> None:
        self.items: Dict[str, Shipment] = {}

    def register(self, shipment: Shipment) -> None:
        self.items[shipment.code] = shipment

    def late(self, now: datetime) -> List[Shipment]:
        return [s for s in self.items.values() if s.delivered_at is None and s.eta < now]

    def delivery_time(self, code: str) -> Optional[timedelta]:
        s = self.items[code]
        if s.delivered_at is None:
            return None
        return s.delivered_at - s.eta
