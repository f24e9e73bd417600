package config

const (
	ListenPort  = 8080
	ReadTimeout = 5
)
