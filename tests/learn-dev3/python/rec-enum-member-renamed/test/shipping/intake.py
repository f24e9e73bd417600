from shipping.parcel import Parcel
from shipping.status import Status


def register(codes: list[str]) -> list[Parcel]:
    parcels = []
    for code in codes:
        parcels.append(Parcel(code.upper(), Status.PENDING))
    return parcels


def dispatch(parcel: Parcel) -> Parcel:
    return Parcel(parcel.code, Status.IN_TRANSIT)
