for item in range(3)  # count to three
    print(item)
