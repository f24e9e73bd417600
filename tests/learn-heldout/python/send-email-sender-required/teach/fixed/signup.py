"""Account signup flow."""
from notify import DEFAULT_SENDER, send_email

USERS = {}


def normalise_email(email):
    return email.strip().lower()


def signup(email, name):
    email = normalise_email(email)
    if email in USERS:
        raise ValueError("already registered")
    USERS[email] = {"name": name, "active": False}
    send_email(
        email,
        "Welcome to Example",
        f"Hi {name}, please confirm your address.",
        sender=DEFAULT_SENDER,
    )
    return USERS[email]
