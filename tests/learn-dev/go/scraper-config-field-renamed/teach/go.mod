module example.org/tidetables

go 1.19
