module example.com/seedshop

go 1.19
