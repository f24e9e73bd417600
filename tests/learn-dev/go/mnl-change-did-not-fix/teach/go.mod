module example.org/marathon

go 1.19
