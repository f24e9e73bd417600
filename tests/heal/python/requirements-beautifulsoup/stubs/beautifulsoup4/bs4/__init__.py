class BeautifulSoup:
    pass
