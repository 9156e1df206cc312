package githubactions

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/vigil-sec/vigil/internal/finding"
)

// FuzzWorkflow parses arbitrary bytes as a workflow and as an action and runs every rule: the
// result is a model or an error, never a panic. Seeds are the testdata workflows.
func FuzzWorkflow(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("testdata", "*", ".github", "workflows", "*.yml"))
	seeds = append(seeds, filepath.Join("testdata", "repo", ".github", "actions", "greet", "action.yml"))
	for _, s := range seeds {
		if data, err := os.ReadFile(s); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo ${{ a[ }}\n"))
	f.Add([]byte("x: &a [*a]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		n := 0
		report := func(finding.Finding) { n++ }
		if w, err := ParseWorkflow(".github/workflows/f.yml", data); err == nil {
			Analyze(w, report)
			_ = Summarize(w)
		}
		if w, err := ParseAction("action.yml", data); err == nil {
			Analyze(w, report)
		}
		if d, err := ParseDependabot(".github/dependabot.yml", data); err == nil {
			CheckDependabot(d, report)
		}
	})
}
