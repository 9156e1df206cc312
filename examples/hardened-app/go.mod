module example.com/orders-service

go 1.25

toolchain go1.27.2

require (
	golang.org/x/net v0.56.0
	golang.org/x/text v0.39.0
)
