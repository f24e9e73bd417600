module example.org/pricewatch

go 1.19
