module example.com/c // ok: dependencies/missing-go-sum

go 1.22
