import unicodedata


def strip_accents(s):
    decomposed = unicodedata.normalize("NFKD", s)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def squash_spaces(s):
    return " ".join(s.split())
