def retry(action, attempts=3):
    for _ in range(attempts):
        if action():
            return True
        sleep(0)
    return False


print(retry(lambda: False))
