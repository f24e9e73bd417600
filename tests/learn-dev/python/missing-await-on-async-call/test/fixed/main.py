import asyncio

from sensors import read_sensor

ADDRESSES = [0x40, 0x41, 0x44]


async def poll():
    for addr in ADDRESSES:
        reading = await read_sensor("i2c-1", addr)
        print(hex(addr), reading["temp"])


asyncio.run(poll())
