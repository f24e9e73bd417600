import config


def describe_pool(cfg):
    url = cfg["db_url"]
    return f"{cfg['pool_size']} connections to {url}"


if __name__ == "__main__":
    cfg = config.load()
    print("appointments service:", describe_pool(cfg))
