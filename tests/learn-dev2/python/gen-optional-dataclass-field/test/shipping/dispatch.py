from datetime import date

from shipping.shipment import Shipment


def book(order_id: int, carrier: str) -> Shipment:
    # the carrier assigns the tracking code later, by webhook
    return Shipment(order_id, carrier, None, date.today())


def assign_code(s: Shipment, code: str) -> None:
    s.tracking_code = code
