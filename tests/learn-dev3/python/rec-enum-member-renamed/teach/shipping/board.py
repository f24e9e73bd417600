from shipping.parcel import Parcel
from shipping.status import Status


def waiting(parcels: list[Parcel]) -> list[str]:
    return [p.code for p in parcels if p.status is Status.PENDING]
