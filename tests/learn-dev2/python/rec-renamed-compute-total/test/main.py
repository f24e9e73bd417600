from invoice import Invoice

if __name__ == "__main__":
    inv = Invoice("2026-118", [("canape tray", 3, 24.0), ("coffee urn", 1, 15.5)])
    print(inv.render())
