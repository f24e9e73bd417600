module example.org/lapcounter

go 1.19
