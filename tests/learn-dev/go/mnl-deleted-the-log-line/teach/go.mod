module example.org/compost

go 1.19
