module example.org/cinema

go 1.19
