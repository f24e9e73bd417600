import asyncio


async def fetch_profile(user_id):
    await asyncio.sleep(0)
    return {"id": user_id, "name": f"member-{user_id}", "plan": "annual"}


async def main():
    profile = fetch_profile(7)
    print("hello,", profile["name"], "on the", profile["plan"], "plan")


if __name__ == "__main__":
    asyncio.run(main())
