module example.com/fizz

go 1.19
