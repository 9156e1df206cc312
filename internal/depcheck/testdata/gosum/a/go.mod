module example.com/a

go 1.22

require github.com/google/uuid v1.6.0 // want: dependencies/missing-go-sum
