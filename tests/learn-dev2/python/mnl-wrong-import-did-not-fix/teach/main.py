from geometry import diagonal

if __name__ == "__main__":
    print("screen diagonal (cm):", round(diagonal(52.7, 29.6), 1))
