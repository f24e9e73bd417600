from colections import Counter


def histogram(words, width=20):
    counts = Counter(w.lower() for w in words)
    top = counts.most_common()
    biggest = top[0][1]
    lines = []
    for word, n in top:
        bar = "#" * max(1, n * width // biggest)
        lines.append(f"{word:<8}{bar} {n}")
    return "\n".join(lines)


if __name__ == "__main__":
    text = "the quick brown fox jumps over the lazy dog the end"
    print(histogram(text.split()))
