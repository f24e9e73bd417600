module example.org/spellingbee

go 1.19
