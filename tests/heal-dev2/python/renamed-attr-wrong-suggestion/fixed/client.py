class Client:
    def __init__(self, base_url, read_timeout=2.5):
        self.base_url = base_url
        self.read_timeout = read_timeout
        self.timeouts = 0  # how many requests timed out so far

    def record_timeout(self):
        self.timeouts += 1

    def request_options(self):
        return {"url": self.base_url, "timeout": self.read_timeout}
