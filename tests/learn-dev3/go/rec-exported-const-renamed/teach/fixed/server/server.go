package server

import (
	"fmt"

	"example.com/relay/config"
)

func Addr(host string) string {
	return fmt.Sprintf("%s:%d", host, config.ListenPort)
}
