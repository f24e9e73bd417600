import asyncio

from fx.convert import Converter

if __name__ == "__main__":
    print("100 EUR =", asyncio.run(Converter().convert(100, "EUR", "USD")), "USD")
