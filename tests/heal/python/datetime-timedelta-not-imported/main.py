from datetime import datetime


def expires(start):
    return start + timedelta(hours=2)


print(expires(datetime(2024, 1, 1)))
