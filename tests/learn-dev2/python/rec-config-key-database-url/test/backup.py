import config


def backup_target(cfg):
    if cfg["log_level"] == "debug":
        print("resolving backup target")
    source = cfg["db_url"].removeprefix("sqlite:///")
    return source + ".bak"
