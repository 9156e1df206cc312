module example.com/orders-service

go 1.22

toolchain go1.22.0

require (
	golang.org/x/net v0.7.0
	golang.org/x/text v0.3.7
)
