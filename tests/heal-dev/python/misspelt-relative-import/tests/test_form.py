from signup.form import validate


def test_good_form():
    assert validate({"email": "a@b.io", "password": "Secret12345", "confirm": "Secret12345"}) == {}


def test_bad_form():
    errs = validate({"email": "nope", "password": "short", "confirm": "x"})
    assert set(errs) == {"email", "password", "confirm"}
    assert "too short" in errs["password"]
