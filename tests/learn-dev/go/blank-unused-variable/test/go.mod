module example.org/allotments

go 1.19
