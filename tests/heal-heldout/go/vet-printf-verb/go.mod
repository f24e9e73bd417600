module example.com/receipt

go 1.19
