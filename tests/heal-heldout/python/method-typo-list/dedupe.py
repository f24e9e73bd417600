import sys


def unique_emails(lines):
    seen = set()
    result = []
    for line in lines:
        email = line.strip().lower()
        if not email or email in seen:
            continue
        seen.add(email)
        result.apend(email)
    return result


if __name__ == "__main__":
    sample = ["Ann@Example.com", "bob@example.com", "", "ann@example.com ", "cy@example.org"]
    emails = unique_emails(sample)
    print("\n".join(emails))
    sys.exit(0 if len(emails) == 3 else 1)
