import asyncio


async def fetch_page(url):
    await asyncio.sleep(0)
    return f"<html>{url}</html>"


async def fetch_all(urls):
    return await asyncio.gather(*(fetch_page(u) for u in urls))


async def main():
    urls = ["https://a.test", "https://b.test", "https://c.test"]
    pages = fetch_all(urls)
    print(len(pages), "pages")
    for p in pages:
        print(p)


if __name__ == "__main__":
    asyncio.run(main())
