module example.com/tillroll

go 1.19
