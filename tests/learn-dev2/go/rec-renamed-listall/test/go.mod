module example.com/seedexport

go 1.19
