from bs4 import BeautifulSoup

print("using", BeautifulSoup.__name__)
