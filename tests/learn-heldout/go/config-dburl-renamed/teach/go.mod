module example.com/dbtool

go 1.19
