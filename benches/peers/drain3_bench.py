"""Drain3 template mining over the first LIMIT bytes of a log: the peer for `selfheal ingest`.

Usage: python3 benches/peers/drain3_bench.py LOG LIMIT_BYTES
Prints one JSON object: bytes, lines, seconds, clusters.
"""
import json
import sys
import time

from drain3 import TemplateMiner
from drain3.template_miner_config import TemplateMinerConfig


def main() -> None:
    path, limit = sys.argv[1], int(sys.argv[2])
    with open(path, "rb") as handle:
        data = handle.read(limit)
    data = data[: data.rfind(b"\n") + 1]
    lines = data.decode("utf-8", errors="replace").splitlines()
    config = TemplateMinerConfig()
    config.profiling_enabled = False
    miner = TemplateMiner(config=config)
    started = time.perf_counter()
    for line in lines:
        miner.add_log_message(line)
    seconds = time.perf_counter() - started
    print(json.dumps({"bytes": len(data), "lines": len(lines), "seconds": seconds,
                      "clusters": len(miner.drain.clusters)}))


if __name__ == "__main__":
    main()
