module example.org/gymdesk

go 1.19
