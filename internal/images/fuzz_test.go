package images

import "testing"

// FuzzCheck checks that no image reference crashes the parser or the end-of-life lookup.
func FuzzCheck(f *testing.F) {
	for _, s := range []string{"node:16-alpine", "debian:bookworm-slim", "ghcr.io/a/b:1.0@sha256:" + "ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12cd34ef56ab12", "localhost:5000/x", "", "UPPER:Case", "a:v0.0.0.0.0.0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, ref string) {
		for _, p := range Check(ref, today) {
			if p.Message == "" {
				t.Fatalf("problem without a message for %q", ref)
			}
		}
	})
}
