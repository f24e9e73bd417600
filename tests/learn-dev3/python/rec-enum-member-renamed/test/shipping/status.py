from enum import Enum


class Status(Enum):
    AWAITING = "awaiting"
    IN_TRANSIT = "in_transit"
    DELIVERED = "delivered"
