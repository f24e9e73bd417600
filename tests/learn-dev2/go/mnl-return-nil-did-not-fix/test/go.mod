module example.com/csvimport

go 1.19
