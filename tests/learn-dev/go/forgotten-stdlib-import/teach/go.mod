module example.org/bookclub

go 1.19
