"""Write a build stamp file."""
import datetime
import json
import platform


def build_info(version):
    return {
        "version": version,
        "python": platform.python_version(),
        "built_at": datetime.now().isoformat(timespec="seconds"),
    }


if __name__ == "__main__":
    info = build_info("1.4.2")
    print(json.dumps(info, indent=2))
