module example.com/minihttp

go 1.19
