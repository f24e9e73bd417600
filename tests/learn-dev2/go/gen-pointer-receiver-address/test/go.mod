module example.com/gitsrv

go 1.19
