package jobs

import "example.org/pricewatch/config"

// Nightly is the slow, polite crawl.
var Nightly = config.Scraper{BaseURL: "https://shop.example.com/", TimeoutSeconds: 60, UserAgent: "pricewatch"}
