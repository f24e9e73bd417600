module example.org/truckpermits

go 1.19
