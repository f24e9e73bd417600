from labels import shelf_label


def test_shelf_label():
    assert shelf_label("oat milk", 12) == "oat milk (12 left)"
