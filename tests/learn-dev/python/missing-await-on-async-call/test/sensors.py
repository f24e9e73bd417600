import asyncio


async def read_sensor(bus, address):
    await asyncio.sleep(0)
    return {"addr": address, "temp": 21.5 + address % 3, "hum": 40}
