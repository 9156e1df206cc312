package dockerfile

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzDockerfile checks that no input crashes the parser or the rules.
func FuzzDockerfile(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/rules/*/*file")
	seeds = append(seeds, "testdata/rules/Dockerfile")
	for _, s := range seeds {
		if b, err := os.ReadFile(s); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("ARG A=${B:-x}\nFROM ${A} AS a\nFROM a\nRUN <<EOF\ncurl x | sh\nEOF\n"))
	a := New()
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Parse("Dockerfile", data)
		if err != nil {
			return
		}
		for _, c := range a.checks {
			c.run(d, &reporter{rule: c.rule})
		}
	})
}
