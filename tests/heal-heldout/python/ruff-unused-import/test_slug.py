from slug import slugify


def test_basic():
    assert slugify("Hello, World!") == "hello-world"


def test_truncates_on_word_boundary():
    assert slugify("a very long title about many things", max_len=12) == "a-very-long"
