package engine

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
	"github.com/vigil-sec/vigil/internal/triage"
	"github.com/vigil-sec/vigil/internal/workspace"
)

// These analyzers exist to exercise the engine's contract; the real rules live in their packages.

var wordRule = &rule.Rule{ID: "config/word", Area: finding.Config, Severity: finding.Medium, Title: "Forbidden word",
	Description: "d", Remediation: "r"}
var countRule = &rule.Rule{ID: "runtime/word-count", Area: finding.Runtime, Severity: finding.Low, Title: "Too many words",
	Description: "d", Remediation: "r"}

// wordAnalyzer reports each line holding "FORBIDDEN" and shares how many it saw per file.
type wordAnalyzer struct{ calls atomic.Int64 }

func (*wordAnalyzer) Name() string        { return "word" }
func (*wordAnalyzer) Rules() []*rule.Rule { return []*rule.Rule{wordRule} }
func (*wordAnalyzer) Wants(f *workspace.File) bool {
	return strings.HasSuffix(f.Path, ".txt")
}
func (w *wordAnalyzer) AnalyzeFile(ctx context.Context, p *analysis.FilePass) error {
	w.calls.Add(1)
	if bytes.Contains(p.File.Content, []byte("PANIC")) {
		panic("hostile input")
	}
	n := 0
	for i, line := range strings.Split(string(p.File.Content), "\n") {
		if strings.Contains(line, "BROKEN") {
			return analysis.Errorf(i+1, "cannot parse %q", "BROKEN")
		}
		if strings.Contains(line, "FORBIDDEN") {
			n++
			p.Report(wordRule.Finding(finding.Location{StartLine: i + 1}, "word", "forbidden word"))
		}
	}
	p.Share(n)
	return nil
}

// countAnalyzer runs in the second phase over what word shared.
type countAnalyzer struct{ saw []int }

func (*countAnalyzer) Name() string        { return "count" }
func (*countAnalyzer) Rules() []*rule.Rule { return []*rule.Rule{countRule} }
func (*countAnalyzer) After() []string     { return []string{"word"} }
func (c *countAnalyzer) AnalyzeSet(ctx context.Context, p *analysis.SetPass) error {
	total := 0
	for _, s := range p.Shared("word") {
		n := s.Value.(int)
		c.saw = append(c.saw, n)
		total += n
		if n >= 2 {
			p.Report(countRule.Finding(finding.Location{Path: s.Path}, s.Path, "two or more"))
		}
	}
	p.Share(total)
	return nil
}

func tree(t *testing.T, files map[string]string) string {
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

func TestTwoPhases(t *testing.T) {
	root := tree(t, map[string]string{
		"a.txt":     "ok\nFORBIDDEN\nFORBIDDEN\n",
		"b/c.txt":   "FORBIDDEN # vigil:ignore config/word reviewed, harmless here\n",
		"bad.txt":   "fine\nBROKEN\n",
		"boom.txt":  "PANIC",
		"other.yml": "FORBIDDEN",
	})
	w, c := &wordAnalyzer{}, &countAnalyzer{}
	rep, err := Review(context.Background(), Config{Target: root, Analyzers: []analysis.Analyzer{c, w}, FailOn: finding.Medium})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, f := range rep.Findings {
		got[f.RuleID+" "+f.Location.String()]++
		if f.Fingerprint == "" || f.Area == "" || f.Remediation == "" {
			t.Errorf("defaults not filled: %+v", f)
		}
	}
	// The two findings in a.txt share a fingerprint: one root cause, grouped, with a.txt:3 an instance.
	want := map[string]int{"config/word a.txt:2": 1, "config/word b/c.txt:1": 1, "runtime/word-count a.txt": 1}
	if len(got) != len(want) {
		t.Fatalf("findings = %v, want %v", got, want)
	}
	for k := range want {
		if got[k] != 1 {
			t.Errorf("missing %s in %v", k, got)
		}
	}
	// Sorted by path and line; one subject in one file shares a fingerprint whatever the line.
	f := rep.Findings
	if f[0].RuleID != countRule.ID || len(f[1].Instances) != 1 || f[1].Instances[0].Location.StartLine != 3 ||
		f[1].Instances[0].Fingerprint != f[1].Fingerprint {
		t.Errorf("order, grouping or fingerprints wrong: %+v", f)
	}
	if c := rep.Findings[2]; c.Location.Path != "b/c.txt" || !c.Suppressed() {
		t.Errorf("inline ignore not applied: %+v", c)
	}
	if rep.Summary.Total != 2 || rep.Summary.Occurrences != 3 || rep.Summary.Suppressed != 1 || !rep.Gate.Failed || rep.Gate.Blocking != 1 {
		t.Errorf("summary %+v gate %+v", rep.Summary, rep.Gate)
	}
	// The broken file and the panicking one are skipped with reasons; the review went on.
	reasons := map[string]workspace.Skip{}
	for _, s := range rep.Skipped {
		reasons[s.Path] = s
	}
	if s := reasons["bad.txt"]; s.Line != 2 || !strings.Contains(s.Reason, "cannot parse") {
		t.Errorf("bad.txt skip = %+v", s)
	}
	if s := reasons["boom.txt"]; !strings.Contains(s.Reason, "panic in word: hostile input") {
		t.Errorf("boom.txt skip = %+v", s)
	}
	// bad.txt failed before sharing; the others arrive in path order.
	if len(c.saw) != 2 || c.saw[0] != 2 || c.saw[1] != 1 {
		t.Errorf("count saw %v, want [2 1]", c.saw)
	}
	if rep.Scope.Files != 5 || w.calls.Load() != 4 {
		t.Errorf("files=%d word calls=%d", rep.Scope.Files, w.calls.Load())
	}
}

func TestSharedOrderIsDeterministic(t *testing.T) {
	files := map[string]string{}
	for i := range 200 {
		files[filepath.Join("d", string(rune('a'+i%26)), strings.Repeat("x", i%7+1)+".txt")] = strings.Repeat("FORBIDDEN\n", i%3)
	}
	root := tree(t, files)
	var first []int
	for i := range 5 {
		c := &countAnalyzer{}
		if _, err := Review(context.Background(), Config{Target: root, Analyzers: []analysis.Analyzer{&wordAnalyzer{}, c}, Concurrency: 8}); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = c.saw
			continue
		}
		if len(c.saw) != len(first) {
			t.Fatal("shared values differ between runs")
		}
		for j := range first {
			if c.saw[j] != first[j] {
				t.Fatal("shared values arrive in a different order between runs")
			}
		}
	}
}

func TestCancellation(t *testing.T) {
	root := tree(t, map[string]string{"a.txt": "FORBIDDEN"})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := Review(ctx, Config{Target: root, Analyzers: []analysis.Analyzer{&wordAnalyzer{}}})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

type undeclared struct{ wordAnalyzer }

func (*undeclared) Name() string { return "undeclared" }
func (*undeclared) AnalyzeFile(ctx context.Context, p *analysis.FilePass) error {
	p.Report(countRule.Finding(finding.Location{}, "x", "not mine"))
	return nil
}

type cyclic struct{ countAnalyzer }

func (*cyclic) Name() string    { return "cyclic" }
func (*cyclic) After() []string { return []string{"cyclic2"} }

type cyclic2 struct{ countAnalyzer }

func (*cyclic2) Name() string        { return "cyclic2" }
func (*cyclic2) Rules() []*rule.Rule { return nil }
func (*cyclic2) After() []string     { return []string{"cyclic"} }

func TestContractViolations(t *testing.T) {
	root := tree(t, map[string]string{"a.txt": "x"})
	rep, err := Review(context.Background(), Config{Target: root, Analyzers: []analysis.Analyzer{&undeclared{}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Findings) != 0 || len(rep.Notes) != 1 || !strings.Contains(rep.Notes[0], "undeclared rule") {
		t.Errorf("undeclared rule not refused: %+v %v", rep.Findings, rep.Notes)
	}
	if _, err := Review(context.Background(), Config{Target: root, Analyzers: []analysis.Analyzer{&cyclic{}, &cyclic2{}}}); err == nil || !strings.Contains(err.Error(), "cycle") {
		t.Errorf("cycle accepted: %v", err)
	}
	if _, err := Review(context.Background(), Config{Target: root, Analyzers: []analysis.Analyzer{&countAnalyzer{}}}); err == nil {
		t.Error("After naming a missing analyzer accepted")
	}
	if _, err := Review(context.Background(), Config{Target: filepath.Join(root, "missing")}); err == nil {
		t.Error("missing root accepted")
	}
}

func TestBaselineAndSeverityFloor(t *testing.T) {
	root := tree(t, map[string]string{"a.txt": "FORBIDDEN\nFORBIDDEN\nFORBIDDEN\n"})
	cfg := Config{Target: root, Analyzers: []analysis.Analyzer{&wordAnalyzer{}, &countAnalyzer{}}, FailOn: finding.Low, Now: time.Now()}
	first, err := Review(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	cfg.Baseline = triage.NewBaseline(first.Findings)
	again, err := Review(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if again.Gate.Failed || again.Summary.Total != 0 || again.Summary.Suppressed != len(first.Findings) {
		t.Errorf("baseline did not hide known findings: %+v %+v", again.Gate, again.Summary)
	}
	cfg.Baseline = nil
	cfg.MinSeverity = finding.Medium
	floor, err := Review(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range floor.Findings {
		if f.Severity < finding.Medium {
			t.Errorf("finding below the floor kept: %+v", f)
		}
	}
}

var fallbackRule = &rule.Rule{ID: "config/word-generic", Area: finding.Config, Severity: finding.Low, Title: "Word-ish",
	Description: "d", Remediation: "r", Fallback: true}

// genericAnalyzer reports every line with "WORD" under a fallback rule.
type genericAnalyzer struct{}

func (genericAnalyzer) Name() string                 { return "generic" }
func (genericAnalyzer) Rules() []*rule.Rule          { return []*rule.Rule{fallbackRule} }
func (genericAnalyzer) Wants(f *workspace.File) bool { return true }
func (genericAnalyzer) AnalyzeFile(ctx context.Context, p *analysis.FilePass) error {
	for i, line := range strings.Split(string(p.File.Content), "\n") {
		if strings.Contains(line, "WORD") {
			p.Report(fallbackRule.Finding(finding.Location{StartLine: i + 1}, line, "generic"))
		}
	}
	return nil
}

func TestFallbackRuleYieldsToSpecificOnes(t *testing.T) {
	root := tree(t, map[string]string{"a.txt": "FORBIDDEN WORD\nWORD\n"})
	rep, err := Review(context.Background(), Config{Target: root, Analyzers: []analysis.Analyzer{&wordAnalyzer{}, genericAnalyzer{}}})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, f := range rep.Findings {
		got[fmt.Sprintf("%s:%d", f.RuleID, f.Location.StartLine)] = true
	}
	if len(got) != 2 || !got["config/word:1"] || !got["config/word-generic:2"] {
		t.Errorf("findings = %v, want the specific one on line 1 and the fallback alone on line 2", got)
	}
}
