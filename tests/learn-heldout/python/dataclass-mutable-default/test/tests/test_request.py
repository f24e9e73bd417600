from crawler.request import Request


def test_headers_are_per_request():
    a = Request("https://a.test").with_header("accept", "text/html")
    b = Request("https://b.test")
    assert a.headers == {"Accept": "text/html"}
    assert b.headers == {}
    assert a.full_url({"q": "x", "p": 2}) == "https://a.test?p=2&q=x"
