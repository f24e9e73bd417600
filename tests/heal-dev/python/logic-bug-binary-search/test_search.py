from search import find


def test_every_element_found():
    xs = [1, 3, 5, 7, 9, 11, 13]
    for i, x in enumerate(xs):
        assert find(xs, x) == i


def test_missing():
    assert find([1, 3, 5], 4) == -1
    assert find([], 1) == -1
