module example.org/fieldnotes

go 1.19
