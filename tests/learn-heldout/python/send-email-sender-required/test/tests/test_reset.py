import notify
from password_reset import consume, request_reset


def test_reset_roundtrip():
    notify.OUTBOX.clear()
    token = request_reset("bob@example.org", now=1700000000)
    assert len(notify.OUTBOX) == 1
    assert token in notify.OUTBOX[0].body
    assert consume(token) == "bob@example.org"
    assert consume(token) is None
