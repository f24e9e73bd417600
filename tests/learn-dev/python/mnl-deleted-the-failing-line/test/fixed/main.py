"""Survey results: share of answers per option."""
import fmt

ANSWERS = ["tram", "bike", "bike", "walk", "tram", "bike", "car"]

counts = {}
for a in ANSWERS:
    counts[a] = counts.get(a, 0) + 1
for option, n in sorted(counts.items()):
    print(option, fmt.format_percent(n / len(ANSWERS)))
