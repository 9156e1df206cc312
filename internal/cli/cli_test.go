package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	git "github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing/object"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/analyzers"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/report"
	"github.com/vigil-sec/vigil/internal/rule"
	"github.com/vigil-sec/vigil/internal/workspace"
)

var update = flag.Bool("update", false, "rewrite golden files")

// markerAnalyzer reports each "INSECURE-<severity> <name>" token, so the tests control findings exactly.
type markerAnalyzer struct{}

var markerRules = func() map[finding.Severity]*rule.Rule {
	m := map[finding.Severity]*rule.Rule{}
	for _, s := range finding.Severities() {
		m[s] = &rule.Rule{ID: "config/marker-" + s.String(), Area: finding.Config, Severity: s, Title: "Marker " + s.String(),
			Description: "A test marker.", Remediation: "Remove the marker."}
	}
	return m
}()

func (markerAnalyzer) Name() string { return "marker" }
func (markerAnalyzer) Rules() []*rule.Rule {
	var out []*rule.Rule
	for _, r := range markerRules {
		out = append(out, r)
	}
	return out
}
func (markerAnalyzer) Wants(*workspace.File) bool { return true }
func (markerAnalyzer) AnalyzeFile(ctx context.Context, p *analysis.FilePass) error {
	for i, line := range strings.Split(string(p.File.Content), "\n") {
		_, rest, ok := strings.Cut(line, "INSECURE-")
		if !ok {
			continue
		}
		sevName, name, _ := strings.Cut(rest, " ")
		sev, err := finding.ParseSeverity(sevName)
		if err != nil {
			return analysis.Errorf(i+1, "bad marker %q", sevName)
		}
		name = strings.Fields(name + " x")[0]
		p.Report(markerRules[sev].Finding(finding.Location{StartLine: i + 1}, name, "marker "+name))
	}
	return nil
}

func fake(analyzers.Options) ([]analysis.Analyzer, error) {
	return []analysis.Analyzer{markerAnalyzer{}}, nil
}

func vigil(t *testing.T, dir string, args ...string) (int, string, string) {
	t.Helper()
	wd, _ := os.Getwd()
	if dir != "" {
		if err := os.Chdir(dir); err != nil {
			t.Fatal(err)
		}
		defer os.Chdir(wd)
	}
	return execute(fake, args...)
}

// execute runs vigil with the given analyzers and returns its exit code, output and errors.
func execute(all func(analyzers.Options) ([]analysis.Analyzer, error), args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := run(context.Background(), args, &app{IO: IO{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb}, analyzers: all})
	return code, out.String(), errb.String()
}

func repo(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for rel, content := range files {
		p := filepath.Join(root, rel)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func TestExitCodes(t *testing.T) {
	root := repo(t, map[string]string{"a.txt": "INSECURE-high a\nINSECURE-low b\n"})
	cases := []struct {
		args []string
		code int
		err  string
	}{
		{[]string{"review", root}, ExitOK, ""},
		{[]string{"review", root, "--fail-on", "high"}, ExitGateFailed, ""},
		{[]string{"review", root, "--fail-on", "critical"}, ExitOK, ""},
		{[]string{"review", root, "--fail-on", "low", "--severity", "high"}, ExitGateFailed, ""},
		{[]string{"review", root, "--fail-on", "severe"}, ExitToolError, "unknown severity"},
		{[]string{"review", filepath.Join(root, "nope")}, ExitToolError, "no such file"},
		{[]string{"review", root, "--format", "pdf"}, ExitToolError, "unknown format"},
		{[]string{"review", root, "--format", "json", "--format", "sarif"}, ExitToolError, "only one format"},
		{[]string{"review", root, "--bogus"}, ExitToolError, "unknown flag"},
		{[]string{"review", root, "--as-of", "tomorrow"}, ExitToolError, "not a date"},
	}
	for _, c := range cases {
		code, _, stderr := vigil(t, "", c.args...)
		if code != c.code || !strings.Contains(stderr, c.err) {
			t.Errorf("%v: exit %d stderr %q, want %d and %q", c.args[1:], code, stderr, c.code, c.err)
		}
	}
}

func TestConfigFileAndErrors(t *testing.T) {
	root := repo(t, map[string]string{
		"a.txt":        "INSECURE-high a\nINSECURE-medium b\n",
		"vendor/x.txt": "INSECURE-critical v\n",
		".vigil.yaml":  "fail-on: medium\nexclude: [\"vendor/**\"]\nignore:\n  - rule: config/marker-high\n    reason: accepted until the migration\n    expires: 2099-01-01\n",
	})
	code, out, _ := vigil(t, "", "review", root, "--format", "json")
	if code != ExitGateFailed {
		t.Fatalf("exit %d, want the config's fail-on medium to fail", code)
	}
	var rep report.Report
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Summary.Total != 1 || rep.Summary.Suppressed != 1 || rep.Gate.FailOn != "medium" {
		t.Errorf("summary %+v gate %+v", rep.Summary, rep.Gate)
	}
	for _, f := range rep.Findings {
		if strings.HasPrefix(f.Location.Path, "vendor/") {
			t.Errorf("excluded path reviewed: %s", f.Location)
		}
	}
	// The flag wins over the config.
	if code, _, _ := vigil(t, "", "review", root, "--fail-on", "none"); code != ExitOK {
		t.Errorf("--fail-on none: exit %d", code)
	}
	bad := repo(t, map[string]string{".vigil.yaml": "ignore:\n  - rule: config/marker-high\n"})
	code, _, stderr := vigil(t, "", "review", bad)
	if code != ExitToolError || !strings.Contains(stderr, ".vigil.yaml:2: an ignore needs a reason") {
		t.Errorf("bad config: exit %d %q", code, stderr)
	}
	unknown := repo(t, map[string]string{".vigil.yaml": "rules:\n  config/no-such-rule: {enabled: false}\n"})
	if code, _, stderr := vigil(t, "", "review", unknown); code != ExitToolError || !strings.Contains(stderr, "config/no-such-rule") {
		t.Errorf("unknown rule in config: exit %d %q", code, stderr)
	}
}

func TestFormatsToFiles(t *testing.T) {
	root := repo(t, map[string]string{"a.txt": "INSECURE-high a\n"})
	out := t.TempDir()
	code, stdout, stderr := vigil(t, "", "review", root, "--format", "text", "--format", "json="+filepath.Join(out, "r.json"),
		"--format", "sarif="+filepath.Join(out, "r.sarif"), "--format", "junit="+filepath.Join(out, "r.xml"), "--format", "md="+filepath.Join(out, "r.md"))
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "config/marker-high") || strings.Contains(stdout, "\x1b[") {
		t.Errorf("text on stdout wrong (or coloured off a terminal): %q", stdout)
	}
	for _, name := range []string{"r.json", "r.sarif", "r.xml", "r.md"} {
		data, err := os.ReadFile(filepath.Join(out, name))
		if err != nil || !bytes.Contains(data, []byte("config/marker-high")) {
			t.Errorf("%s: %v %q", name, err, data)
		}
	}
	code, _, _ = vigil(t, "", "review", root, "-f", "sarif", "-o", filepath.Join(out, "only.sarif"))
	if data, err := os.ReadFile(filepath.Join(out, "only.sarif")); code != ExitOK || err != nil || !bytes.Contains(data, []byte(`"version": "2.1.0"`)) {
		t.Errorf("--output: exit %d %v", code, err)
	}
}

func TestBaselineGatesOnlyNewFindings(t *testing.T) {
	root := repo(t, map[string]string{"a.txt": "INSECURE-high a\n"})
	base := filepath.Join(t.TempDir(), "baseline.json")
	if code, _, stderr := vigil(t, "", "review", root, "--baseline-write", base); code != ExitOK {
		t.Fatalf("write baseline: exit %d %s", code, stderr)
	}
	data, _ := os.ReadFile(base)
	if !bytes.Contains(data, []byte(`"ruleId": "config/marker-high"`)) {
		t.Fatalf("baseline content: %s", data)
	}
	// Shift the old finding down: it is still known.
	os.WriteFile(filepath.Join(root, "a.txt"), []byte("\n\nINSECURE-high a\n"), 0o644)
	if code, _, _ := vigil(t, "", "review", root, "--baseline", base, "--fail-on", "low"); code != ExitOK {
		t.Fatalf("known finding failed the gate: exit %d", code)
	}
	os.WriteFile(filepath.Join(root, "b.txt"), []byte("INSECURE-low new\n"), 0o644)
	code, out, _ := vigil(t, "", "review", root, "--baseline", base, "--fail-on", "low", "--format", "json")
	if code != ExitGateFailed {
		t.Fatalf("new finding passed the gate: exit %d", code)
	}
	var rep report.Report
	json.Unmarshal([]byte(out), &rep)
	states := map[string]string{}
	for _, f := range rep.Findings {
		states[f.Location.Path] = f.BaselineState
	}
	if states["a.txt"] != "unchanged" || states["b.txt"] != "new" {
		t.Errorf("baseline states: %v", states)
	}
}

func TestChangedSince(t *testing.T) {
	root := repo(t, map[string]string{"old.txt": "INSECURE-high old\n", "edit.txt": "clean\n"})
	r, err := git.PlainInit(root, false)
	if err != nil {
		t.Fatal(err)
	}
	wt, _ := r.Worktree()
	wt.AddWithOptions(&git.AddOptions{All: true})
	sig := &object.Signature{Name: "t", Email: "t@example.com", When: time.Now()}
	if _, err := wt.Commit("base", &git.CommitOptions{Author: sig}); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(root, "edit.txt"), []byte("INSECURE-medium edit\n"), 0o644)
	code, out, stderr := vigil(t, root, "review", ".", "--changed-since", "HEAD", "--format", "json", "--fail-on", "high")
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var rep report.Report
	json.Unmarshal([]byte(out), &rep)
	if len(rep.Findings) != 1 || rep.Findings[0].Location.Path != "edit.txt" || rep.Scope.ChangedSince != "HEAD" || rep.Scope.Files != 1 {
		t.Errorf("changed-since review: %+v scope %+v", rep.Findings, rep.Scope)
	}
	if code, _, stderr := vigil(t, root, "review", ".", "--changed-since", "nope"); code != ExitToolError || !strings.Contains(stderr, "nope") {
		t.Errorf("unknown revision: exit %d %q", code, stderr)
	}
}

func TestBadInputIsSkippedAndNamed(t *testing.T) {
	root := repo(t, map[string]string{"a.txt": "INSECURE-high a\n", "b.txt": "ok\nINSECURE-bogus\n"})
	code, out, _ := vigil(t, "", "review", root, "--format", "json", "--fail-on", "high")
	if code != ExitGateFailed {
		t.Fatalf("exit %d", code)
	}
	var rep report.Report
	json.Unmarshal([]byte(out), &rep)
	if len(rep.Skipped) != 1 || rep.Skipped[0].Path != "b.txt" || rep.Skipped[0].Line != 2 || !strings.Contains(rep.Skipped[0].Reason, "bad marker") {
		t.Errorf("skipped: %+v", rep.Skipped)
	}
}

func TestRulesAndVersion(t *testing.T) {
	code, out, _ := vigil(t, "", "rules")
	if code != ExitOK || !strings.Contains(out, "config/marker-critical") || !strings.Contains(out, "5 rules") {
		t.Errorf("rules: %d %q", code, out)
	}
	code, out, _ = vigil(t, "", "rules", "--format", "json", "--area", "secrets")
	if code != ExitOK || strings.TrimSpace(out) != "[]" {
		t.Errorf("rules --area secrets: %d %q", code, out)
	}
	if code, out, _ := vigil(t, "", "version"); code != ExitOK || !strings.HasPrefix(out, "vigil ") {
		t.Errorf("version: %d %q", code, out)
	}
}

// TestRulesDocIsCurrent keeps docs/rules.md equal to what `vigil rules --format markdown` prints.
func TestRulesDocIsCurrent(t *testing.T) {
	var out bytes.Buffer
	code := run(context.Background(), []string{"rules", "--format", "markdown"}, &app{IO: IO{Stdout: &out, Stderr: &out}, analyzers: analyzers.All})
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, out.String())
	}
	path := filepath.Join("..", "..", "docs", "rules.md")
	if *update {
		if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil || !bytes.Equal(want, out.Bytes()) {
		t.Errorf("docs/rules.md is stale: run go test ./internal/cli -run TestRulesDocIsCurrent -update")
	}
}
