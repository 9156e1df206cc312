module github.com/example/service

go 1.22.1

toolchain go1.22.4

require (
	github.com/gin-gonic/gin v1.9.1
	github.com/golang-jwt/jwt/v4 v4.4.1
	golang.org/x/net v0.17.0
)

require (
	github.com/bytedance/sonic v1.9.1 // indirect
	golang.org/x/crypto v0.14.0 // indirect
	golang.org/x/text v0.13.0 // indirect
	github.com/example/forked v0.0.0-20230101000000-abcdef123456 // indirect
)

replace github.com/example/forked => ../forked

replace golang.org/x/text v0.13.0 => golang.org/x/text v0.14.0
