module example.com/parcelsync

go 1.19
