package pipeline_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/engine"
	"github.com/vigil-sec/vigil/internal/report"
	"github.com/vigil-sec/vigil/internal/workspace"
)

func review(t *testing.T, files map[string]string) *report.Report {
	t.Helper()
	return reviewWith(t, newAnalyzer(t), files)
}

// reviewWith writes files into a fresh directory and reviews it with one analyzer.
func reviewWith(t *testing.T, a analysis.Analyzer, files map[string]string) *report.Report {
	t.Helper()
	root := t.TempDir()
	for rel, content := range files {
		p := filepath.Join(root, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	rep, err := engine.Review(context.Background(), engine.Config{Target: root, Analyzers: []analysis.Analyzer{a},
		Walk: workspace.Options{NoIgnore: true}})
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// aliasBomb builds a document whose aliases expand to 2^levels nodes.
func aliasBomb(levels int, merge bool) string {
	var b strings.Builder
	b.WriteString("a0: &a0 {x: 1}\n")
	for i := 1; i <= levels; i++ {
		if merge {
			fmt.Fprintf(&b, "a%d: &a%d\n  <<: [*a%d, *a%d]\n  k%d: *a%d\n  j%d: *a%d\n", i, i, i-1, i-1, i, i-1, i, i-1)
		} else {
			fmt.Fprintf(&b, "a%d: &a%d [*a%d, *a%d, *a%d, *a%d]\n", i, i, i-1, i-1, i-1, i-1)
		}
	}
	return b.String()
}

func TestHostileInput(t *testing.T) {
	rep := review(t, map[string]string{
		".github/workflows/bad-yaml.yml": "on: push\njobs:\n  a: [\n",
		".github/workflows/not-map.yml":  "- just\n- a list\n",
		".github/workflows/empty.yml":    "",
		".github/workflows/bomb.yml":     "on: push\npermissions: {}\n" + aliasBomb(40, true) + "jobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n    env: *a40\n",
		".github/workflows/bomb2.yml":    "on: push\npermissions: {}\n" + aliasBomb(30, false) + "jobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ toJSON(secrets) }}\n        with: *a30\n",
		".github/workflows/deep.yml":     "on: push\npermissions: {}\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ " + strings.Repeat("(", 5000) + " }}\n",
		".gitlab-ci.yml":                 aliasBomb(40, true) + "include:\n  - local: /self.yml\nbuild:\n  <<: *a40\n  script: [make]\n  image: alpine@sha256:1e42bbe2508154c9126d48c2b8a75420c3544343bf86fd041fb7527e017a4b4a\n",
		"self.yml":                       "include:\n  - local: /self.yml\n",
		".circleci/config.yml":           "{{ not yaml",
		"azure-pipelines.yml":            "steps: 3\n",
		"bitbucket-pipelines.yml":        "pipelines: [1, 2]\n",
	})
	skipped := map[string]workspace.Skip{}
	for _, s := range rep.Skipped {
		skipped[s.Path] = s
	}
	if s := skipped[".github/workflows/bad-yaml.yml"]; s.Line != 3 || !strings.Contains(s.Reason, "invalid YAML") {
		t.Errorf("bad YAML: %+v", s)
	}
	if s := skipped[".github/workflows/not-map.yml"]; !strings.Contains(s.Reason, "must be a mapping") {
		t.Errorf("not a mapping: %+v", s)
	}
	if s := skipped[".circleci/config.yml"]; s.Reason == "" {
		t.Errorf("broken CircleCI file not listed as skipped: %v", rep.Skipped)
	}
	for _, s := range rep.Skipped {
		if strings.Contains(s.Reason, "panic") {
			t.Errorf("panic: %+v", s)
		}
	}
	var deep bool
	for _, f := range rep.Findings {
		if f.Location.Path == ".github/workflows/deep.yml" && f.RuleID == "pipeline/expression-syntax" && strings.Contains(f.Message, "nested deeper") {
			deep = true
		}
	}
	if !deep {
		t.Errorf("deeply nested expression not reported: %v", rep.Findings)
	}
}
