package main

import (
	"fmt"
	"os"

	"example.com/inventory/config"
)

const defaults = `
# inventory service
name = inventory
port = 9001
`

func main() {
	cfg, err := config.LoadConfig(defaults)
	if err != nil {
		fmt.Fprintln(os.Stderr, "config:", err)
		os.Exit(2)
	}
	fmt.Printf("%s listening on :%d (verbose=%v)\n", cfg.Name, cfg.Port, cfg.Verbose)
}
