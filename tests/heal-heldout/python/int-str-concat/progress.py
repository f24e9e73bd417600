def progress_line(done, total, width=20):
    filled = done * width // total
    bar = "[" + "=" * filled + " " * (width - filled) + "]"
    return bar + " " + done + "/" + str(total)


if __name__ == "__main__":
    for done in (0, 7, 20):
        print(progress_line(done, 20))
