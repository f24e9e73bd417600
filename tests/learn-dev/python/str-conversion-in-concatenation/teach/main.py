"""Hotel housekeeping board."""
ROOMS = {101: "clean", 102: "dirty", 205: "inspect", 206: "clean"}


def board():
    lines = []
    for room_no, state in sorted(ROOMS.items()):
        floor = room_no // 100
        lines.append("Room " + room_no + " (floor " + str(floor) + "): " + state)
    return lines


for line in board():
    print(line)
