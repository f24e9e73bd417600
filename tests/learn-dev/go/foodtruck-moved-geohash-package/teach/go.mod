module example.org/foodtrucks

go 1.19
