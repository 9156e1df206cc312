package compose

import (
	"os"
	"testing"
)

// FuzzCompose checks that no input crashes the parser or the rules.
func FuzzCompose(f *testing.F) {
	if b, err := os.ReadFile("testdata/rules/docker-compose.yml"); err == nil {
		f.Add(b)
	}
	f.Add([]byte("services:\n  a: &a {image: x, <<: *a}\n  b: {<<: [*a, {ports: [1:2:3:4]}]}\n"))
	a := New()
	f.Fuzz(func(t *testing.T, data []byte) {
		cf, err := Parse("compose.yaml", data)
		if err != nil {
			return
		}
		for _, c := range a.checks {
			r := &reporter{rule: c.rule}
			for _, s := range cf.Services {
				c.service(s, r)
			}
		}
	})
}
