"""Password reset tokens."""
import hashlib
import time

from notify import send_email

TOKENS = {}


def make_token(email, now=None):
    now = int(now if now is not None else time.time())
    raw = f"{email}:{now}".encode()
    return hashlib.sha256(raw).hexdigest()[:16]


def request_reset(email, now=None):
    token = make_token(email, now)
    TOKENS[token] = email
    send_email(email, "Reset your password", f"Your reset code: {token}")
    return token


def consume(token):
    return TOKENS.pop(token, None)
