from pdfstats import summary

print(summary("Thesis draft", [12, 30, 41, 9], 48213))
