from client import Client

c = Client("https://api.test", read_timeout=4.0)
c.record_timeout()
opts = c.request_options()
assert opts == {"url": "https://api.test", "timeout": 4.0}, opts
print("ok", opts)
