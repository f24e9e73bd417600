import re

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.IGNORECASE)


def valid_email(s: str) -> bool:
    return bool(EMAIL_RE.match(s))


def password_problems(pw: str) -> list[str]:
    problems = []
    if len(pw) < 10:
        problems.append("too short")
    if not any(c.isdigit() for c in pw):
        problems.append("needs a digit")
    if pw.lower() == pw:
        problems.append("needs an upper-case letter")
    return problems
