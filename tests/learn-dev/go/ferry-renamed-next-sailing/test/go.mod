module example.org/ferryboard

go 1.19
