module example.com/http-status

go 1.19
