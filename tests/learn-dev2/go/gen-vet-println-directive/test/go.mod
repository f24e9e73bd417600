module example.com/mqbridge

go 1.19
