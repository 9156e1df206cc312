module example.com/orders-service

go 1.25

require (
	golang.org/x/net v0.38.0
	golang.org/x/text v0.23.0
)
