import asyncio

_TABLE = {"EUR": {"USD": 1.08, "GBP": 0.86}, "USD": {"EUR": 0.93}}


class RatesClient:
    async def load_rates(self, base):
        await asyncio.sleep(0)
        return dict(_TABLE[base])
