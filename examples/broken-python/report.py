"""A tiny report generator with the kind of slip everyone makes: `json` used, never imported."""


def render(rows):
    return json.dumps({"rows": rows, "total": sum(r["amount"] for r in rows)}, indent=2)


if __name__ == "__main__":
    print(render([{"name": "coffee", "amount": 3}, {"name": "bagel", "amount": 2}]))
