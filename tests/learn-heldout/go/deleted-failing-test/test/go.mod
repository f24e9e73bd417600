module example.com/typo

go 1.19
