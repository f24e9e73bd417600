from collections import defaultDict


def group_by_domain(emails):
    groups = defaultDict(list)
    for e in emails:
        user, _, domain = e.partition("@")
        groups[domain].append(user)
    return dict(groups)


if __name__ == "__main__":
    emails = ["a@x.org", "b@y.com", "c@x.org"]
    for domain, users in sorted(group_by_domain(emails).items()):
        print(domain, ",".join(users))
