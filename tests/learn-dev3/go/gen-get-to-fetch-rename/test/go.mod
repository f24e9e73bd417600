module example.com/ledgerly

go 1.19
