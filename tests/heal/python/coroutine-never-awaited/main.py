import asyncio


async def fetch(url):
    await asyncio.sleep(0)
    return f"body of {url}"


async def main():
    fetch("https://example.org")
    body = await fetch("https://example.com")
    print(body)


asyncio.run(main())
