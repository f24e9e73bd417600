package main

import "example.com/gitsrv/internal/hooks"

func main() {
	for _, h := range hooks.Default() {
		h.AfterPush("infra/terraform")
	}
}
