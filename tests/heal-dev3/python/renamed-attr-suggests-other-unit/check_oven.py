from oven import Oven


def main() -> None:
    oven = Oven(180)
    oven.heat(10)
    print(oven.display())
    assert not oven.ready(), "should still be heating"
    oven.heat(20)
    print(oven.display())
    assert oven.ready(), "should be ready at the setpoint"
    print("ok")


if __name__ == "__main__":
    main()
