import datetime


def greeting(name, now):
    if now.hour < 12:
        part = "morning"
    elif now.hour < 18:
        part = "afternoon"
    else:
        part = "evening"
    return f"Good {part}, {name}!"


if __name__ == "__main__":
    fixed_time = datetime.datetime(2026, 12, 6, 9, 30)
    print(greeting("Sam", fixed_time))
    print(greeting("Kim", fixed_time.replace(hour=20)))
    print("Have a nice day)
