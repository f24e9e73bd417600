import json
import urllib.request

GH_TOKEN = "ghp_8fK2mQv7XwL1pR4tZ9bN3cY6hJ0dS5aE2uGi"
API_URL = "https://api.github.com"


def build_request(path):
    return urllib.request.Request(
        f"{API_URL}{path}",
        headers={
            "Authorization": f"Bearer {GITHUB_TOKEN}",
            "Accept": "application/vnd.github+json",
        },
    )


def github_get(path):
    with urllib.request.urlopen(build_request(path)) as resp:
        return json.load(resp)


if __name__ == "__main__":
    print(build_request("/user").full_url)
