module example.com/b

go 1.22

require (
	github.com/google/uuid v1.6.0 // ok: dependencies/missing-integrity-hash
	golang.org/x/sync v0.7.0 // want: dependencies/missing-integrity-hash
)
