import colections
import re


def top_words(text, n=3):
    words = re.findall(r"[a-z']+", text.lower())
    return colections.Counter(words).most_common(n)
