module example.com/freightload

go 1.19
