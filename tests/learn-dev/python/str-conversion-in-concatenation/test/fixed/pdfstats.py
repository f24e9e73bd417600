def summary(title, pages, words):
    total_pages = sum(pages)
    header = "== " + title + " =="
    body = "Total: " + str(total_pages) + " pages, " + str(words) + " words"
    return header + "\n" + body
