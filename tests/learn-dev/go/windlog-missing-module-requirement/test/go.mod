module example.org/regatta

go 1.19
