package admin

import (
	"log"
	"os"

	"example.com/web/server"
)

var logger = log.New(os.Stderr, "admin ", 0)

// Start brings up the admin listener on its own port.
func Start(port int) *server.Server {
	addr := ":" + itoa(port)
	s := server.NewServer(addr, logger)
	s.Handle("/debug/vars", "vars")
	s.Handle("/debug/pprof", "pprof")
	return s
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var d []byte
	for n > 0 {
		d = append([]byte{byte('0' + n%10)}, d...)
		n /= 10
	}
	return string(d)
}
