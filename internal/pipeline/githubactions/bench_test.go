package githubactions

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/vigil-sec/vigil/internal/finding"
)

// benchWorkflows reads the workflows of $VIGIL_BENCH_WORKFLOWS (for example the set that
// bench/pipeline/run.sh generates: /work/cache/bench-pipeline/data-5000-1/.github/workflows), or
// else this package's testdata workflows.
func benchWorkflows(b *testing.B) [][]byte {
	dir := os.Getenv("VIGIL_BENCH_WORKFLOWS")
	if dir == "" {
		dir = filepath.Join("testdata", "repo", ".github", "workflows")
	}
	paths, _ := filepath.Glob(filepath.Join(dir, "*.yml"))
	if len(paths) > 500 {
		paths = paths[:500]
	}
	var out [][]byte
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, data)
	}
	if len(out) == 0 {
		b.Skip("no workflows in " + dir)
	}
	return out
}

// BenchmarkWorkflow measures what the pipeline analyzer does with one workflow file in the first
// phase: parse, every rule, the job model and the summary for the second phase.
func BenchmarkWorkflow(b *testing.B) {
	files := benchWorkflows(b)
	var size int64
	for _, f := range files {
		size += int64(len(f))
	}
	b.SetBytes(size / int64(len(files)))
	b.ReportAllocs()
	n := 0
	report := func(finding.Finding) { n++ }
	for i := 0; b.Loop(); i++ {
		w, err := ParseWorkflow(".github/workflows/wf.yml", files[i%len(files)])
		if err != nil {
			continue
		}
		Analyze(w, report)
		_ = Summarize(w)
	}
	b.ReportMetric(float64(n)/float64(b.N), "findings/op")
}
