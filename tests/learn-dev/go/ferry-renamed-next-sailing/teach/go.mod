module example.org/islandferry

go 1.19
