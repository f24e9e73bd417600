module example.com/acronym

go 1.19
