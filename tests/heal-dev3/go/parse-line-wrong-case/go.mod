module example.com/accesslog

go 1.19
