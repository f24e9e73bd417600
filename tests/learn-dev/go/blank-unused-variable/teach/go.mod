module example.org/quizbowl

go 1.19
