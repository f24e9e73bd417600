import notify
from signup import signup


def test_signup_queues_welcome_mail():
    notify.OUTBOX.clear()
    user = signup("  Ada@Example.org ", "Ada")
    assert user["active"] is False
    assert [m.to for m in notify.OUTBOX] == ["ada@example.org"]
