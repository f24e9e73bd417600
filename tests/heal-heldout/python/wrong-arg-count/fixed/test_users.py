from users import make_user


def test_email_is_normalised():
    u = make_user(" Ana ", " Ana@Example.COM ", is_admin=False)
    assert u.name == "Ana"
    assert u.email == "ana@example.com"
    assert not u.is_admin
