module example.com/parceltrack

go 1.19
