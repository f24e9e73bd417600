import asyncio

DB = {1: {"name": "Ada", "plan": "pro"}, 2: {"name": "Bob", "plan": "free"}}


async def fetch_user(user_id):
    await asyncio.sleep(0)
    return DB[user_id]


async def greeting(user_id):
    user = fetch_user(user_id)
    return f"Hello {user['name']} ({user['plan']})"


async def main():
    lines = await asyncio.gather(*(greeting(i) for i in sorted(DB)))
    print("\n".join(lines))


asyncio.run(main())
