package main

import (
	"fmt"

	"example.com/ledgerly/internal/billing"
	"example.com/ledgerly/internal/report"
)

func main() {
	fmt.Println(report.Outstanding(billing.NewClient(), []string{"inv-1", "inv-2", "inv-9"}))
}
