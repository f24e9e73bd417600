BOOKINGS = [
    {"room": "Atlas", "hours": 3},
    {"room": "Birch", "hours": 1},
    {"room": "Atlas", "hours": 2},
    {"room": "Cedar", "hours": 4},
]


def print_total_hours(bookings):
    print("booked hours:", sum(b["hours"] for b in bookings))


def print_busiest_room(bookings):
    per_room = {}
    for b in bookings:
        per_room[b["room"]] = per_room.get(b["room"], 0) + b["hours"]
    room = max(per_room, key=per_room.get)
    print(f"busiest room: {room} ({per_room[room]} h)")


if __name__ == "__main__":
    print_total_hours(BOOKINGS)
    print_busiest_room(BOOKINGS)
