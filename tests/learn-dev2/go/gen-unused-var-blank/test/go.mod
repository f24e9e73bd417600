module example.com/mdlint

go 1.19
