package secrets

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/vigil-sec/vigil/internal/secrets/detect"
)

// benchText builds about n bytes of source-like text, dense in the words secret detectors key on,
// with a credential every few hundred lines and a minified line now and then.
func benchText(n int) []byte {
	r := rand.New(rand.NewPCG(1, 2))
	words := strings.Fields("token secret password key auth session api client user request config access credential value")
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		w1, w2 := words[r.IntN(len(words))], words[r.IntN(len(words))]
		switch {
		case i%500 == 250:
			fmt.Fprintf(&b, "GITHUB_TOKEN=%s\n", detect.Expand("ghp_‹b62:36›", uint64(i)))
		case i%700 == 350:
			fmt.Fprintf(&b, "  db_password: \"%s\"\n", detect.Expand("‹b62:14›", uint64(i)))
		case i%2000 == 1000:
			for range 2000 {
				fmt.Fprintf(&b, "var %s%d=function(t){return t.%s||e.%s};", w1[:2], r.IntN(99), w1, w2)
			}
			b.WriteByte('\n')
		case i%3 == 0:
			fmt.Fprintf(&b, "\t%s%s := s.%s.Get(ctx, req.%s) // refresh the %s\n", w1, strings.ToUpper(w2[:1])+w2[1:], w2, w1, w2)
		case i%3 == 1:
			fmt.Fprintf(&b, "  %s_%s: ${%s_%s}\n", w1, w2, strings.ToUpper(w1), strings.ToUpper(w2))
		default:
			fmt.Fprintf(&b, "// The %s is sent as the %s header; see https://docs.acme.example/%s.\n", w1, w2, w1)
		}
	}
	return []byte(b.String())
}

func BenchmarkScan(b *testing.B) {
	sc := mustScanner(b)
	text := benchText(8 << 20)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		if len(sc.ScanPath("app/config.go", text)) == 0 {
			b.Fatal("no match")
		}
	}
}

// BenchmarkScanNoKeywords is the floor: text without any keyword costs only the prefilter.
func BenchmarkScanNoKeywords(b *testing.B) {
	sc := mustScanner(b)
	text := []byte(strings.Repeat("the quick brown fox jumps over the lazy dog 0123456789\n", 150000))
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		sc.Scan(text)
	}
}
