from report import export

if __name__ == "__main__":
    print(export([("A1", 0.31), ("A2", 0.27), ("B1", 0.44)]))
