module example.com/avg

go 1.19
