import pytest

from semver import bump_minor, parse


def test_parse_with_prerelease():
    assert parse("v1.4.2-rc.1") == (1, 4, 2, "rc.1")


def test_bump_minor_resets_patch():
    assert bump_minor("2.9.7") == "2.10.0"


def test_rejects_garbage():
    with pytest.raises(ValueError):
        parse("1.2")
