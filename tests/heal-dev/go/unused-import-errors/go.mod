module example.com/temps

go 1.19
