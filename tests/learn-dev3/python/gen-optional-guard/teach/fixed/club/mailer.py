from club.members import Member, find_member


def address_for(members: list[Member], mid: int) -> str:
    member = find_member(members, mid)
    if member is None:
        return ""
    return member.email
