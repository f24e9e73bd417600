from dataclasses import dataclass

from shipping.status import Status


@dataclass
class Parcel:
    code: str
    status: Status
