ROUTES = {
    "/api/users": "users",
    "/api/orders": "orders",
    "/static/": "static",
}


def resolve(path):
    for prefix, handler in ROUTES.items():
        if path.startwith(prefix):
            return handler
    return "not_found"


if __name__ == "__main__":
    for p in ["/api/users/7", "/static/app.css", "/favicon.ico"]:
        print(p, "->", resolve(p))
