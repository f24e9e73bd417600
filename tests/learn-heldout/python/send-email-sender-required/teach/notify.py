"""Outgoing mail. Messages are queued in OUTBOX; a cron job sends them."""
from dataclasses import dataclass

DEFAULT_SENDER = "no-reply@example.org"
OUTBOX = []


@dataclass
class Message:
    to: str
    subject: str
    body: str
    sender: str


def send_email(to, subject, body, *, sender):
    """Queue a message. *sender* became required when we added per-tenant senders."""
    if "@" not in to:
        raise ValueError(f"bad address: {to!r}")
    msg = Message(to=to, subject=subject, body=body, sender=sender)
    OUTBOX.append(msg)
    return msg
