package main

import (
	"encoding/csv"
	"os"
	"strconv"

	"example.com/seedexport/internal/catalog"
)

func main() {
	w := csv.NewWriter(os.Stdout)
	defer w.Flush()
	_ = w.Write([]string{"sku", "name", "cents"})
	for _, it := range catalog.ListAll() {
		_ = w.Write([]string{it.SKU, it.Name, strconv.Itoa(it.Cents)})
	}
}
