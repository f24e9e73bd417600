"""Arborist survey: count saplings per species."""
import asyncio

from store import load_rows


async def report():
    rows = load_rows("trees")
    total = 0
    for species, n in rows:
        print(f"{species:>8}: {n}")
        total += n
    print(f"{'total':>8}: {total}")


asyncio.run(report())
