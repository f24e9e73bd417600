import sys


def parse_flags(argv):
    opts = {"verbose": False, "dry_run": False, "files": []}
    for arg in argv:
        if arg in ("-v", "--verbose"):
            opts["verbose"] = True
        elif arg == "--dry-run":
            opts["dry_run"] = True
        else:
            opts["files"].append(arg)
    return opts


if __name__ == "__main__":
    opts = parse_flags(["-v", "a.txt", "--dry-run", "b.txt"])
    print(opts)
    sys.exit(0 if opts["verbose"] and opts["dry_run"] else 1)
