from textkit import slug as slugify

for tag in ["Open Source", "C++", "Data & AI"]:
    print("/tags/" + slugify(tag) + "/")
