from collections import Counter

from core.models import User

USERS = [
    User(1, "ada", "ada@example.org"),
    User(2, "bob", "bob@corp.test"),
    User(3, "cy", "cy@example.org"),
]

by_domain = Counter(u.domain for u in USERS)
for domain, n in by_domain.most_common():
    print(f"{domain:20} {n}")
