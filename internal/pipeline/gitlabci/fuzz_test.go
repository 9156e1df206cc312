package gitlabci

import (
	"errors"
	"os"
	"testing"

	"github.com/vigil-sec/vigil/internal/finding"
)

// FuzzGitLab parses arbitrary bytes as a .gitlab-ci.yml that includes itself and a second file,
// resolves it and runs every rule: never a panic, never a runaway.
func FuzzGitLab(f *testing.F) {
	for _, s := range []string{"testdata/repo/.gitlab-ci.yml", "testdata/repo/ci/templates.yml"} {
		if data, err := os.ReadFile(s); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("a: &a {<<: *a}\n"))
	f.Add([]byte("include: ['/x.yml', {local: '/*.yml'}]\nj:\n  extends: [j, .k]\n  script: [!reference [.k, script]]\n.k: {extends: j}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		root, err := Parse(data)
		if err != nil {
			return
		}
		read := func(p string) ([]byte, error) {
			switch p {
			case ".gitlab-ci.yml", "x.yml":
				return data, nil
			}
			return nil, errors.New("no such file")
		}
		cfg := Resolve(".gitlab-ci.yml", root, read, []string{".gitlab-ci.yml", "x.yml"})
		Analyze(cfg, func(finding.Finding) {})
	})
}
