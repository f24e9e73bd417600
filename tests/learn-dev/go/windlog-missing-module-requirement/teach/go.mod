module example.org/windlog

go 1.19
