from textkit.normalise import squash_spaces, strip_accents


def test_strip_accents():
    assert strip_accents("Crème brûlée") == "Creme brulee"


def test_squash_spaces():
    assert squash_spaces("  a \t b\n\nc ") == "a b c"
