module example.org/gasmeter

go 1.19
