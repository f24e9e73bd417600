module example.com/tagger

go 1.19
