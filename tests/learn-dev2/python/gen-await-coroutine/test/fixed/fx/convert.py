from fx.client import RatesClient


class Converter:
    def __init__(self):
        self.client = RatesClient()

    async def convert(self, amount, base, quote):
        rates = await self.client.load_rates(base)
        rate = rates.get(quote)
        if rate is None:
            raise ValueError(f"no rate {base}->{quote}")
        return round(amount * rate, 2)
