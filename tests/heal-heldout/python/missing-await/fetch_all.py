import asyncio

FAKE_DB = {1: {"name": "ada", "plan": "pro"}, 2: {"name": "bo", "plan": "free"}}


async def fetch_user(user_id):
    await asyncio.sleep(0.01)  # stands in for a network call
    return FAKE_DB[user_id]


async def plan_report(ids):
    lines = []
    for user_id in ids:
        user = fetch_user(user_id)
        lines.append(f"{user['name']}: {user['plan']}")
    return lines


if __name__ == "__main__":
    for line in asyncio.run(plan_report([1, 2])):
        print(line)
