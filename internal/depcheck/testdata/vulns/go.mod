module example.com/vulnerable

go 1.22

require (
	github.com/gin-gonic/gin v1.5.0 // want: dependencies/vulnerable-package dependencies/patch-sla-exceeded
	golang.org/x/net v0.0.0-20180816102801-aaf60122140d // ok: dependencies/vulnerable-package
)
