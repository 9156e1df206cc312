// Package analysistest runs analyzers over testdata whose files carry their expectations inline, in
// the manner of golang.org/x/tools' analysistest:
//
//	acl = "public-read"   # want: config/s3-bucket-public-acl
//	acl = "private"       # ok: config/s3-bucket-public-acl
//
// `want:` lists the rules that must report a finding starting on that line; `ok:` marks a near miss
// where the named rule must stay quiet. Every finding must be wanted: one without a `want:` fails the
// test. Findings that concern a whole file (no line) are expected with `want-file:`. For formats
// without comments (JSON), a sidecar file NAME.want holds lines of the form `12 want: rule/id` or
// `12 ok: rule/id` (line 0 for the whole file).
package analysistest

import (
	"bufio"
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/engine"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/report"
	"github.com/vigil-sec/vigil/internal/workspace"
)

// Marker kinds.
const (
	Want = "want"
	OK   = "ok"
)

// Expectation is one `want:` or `ok:` marker.
type Expectation struct {
	Path string // slash-separated, relative to the testdata root
	Line int    // 0 for the whole file
	Kind string // Want or OK
	Rule string
}

var (
	markerRe  = regexp.MustCompile(`(?:#|//|/\*|<!--|--|;|\{\{/\*)\s*(want|ok|want-file):\s*((?:[a-z]+/[a-z0-9-]+[\s,]*)+)`)
	sidecarRe = regexp.MustCompile(`^\s*(\d+)\s+(want|ok):\s*((?:[a-z]+/[a-z0-9-]+[\s,]*)+)$`)
	ruleIDRe  = regexp.MustCompile(`[a-z]+/[a-z0-9-]+`)
)

// Expectations reads every marker below root.
func Expectations(root string) ([]Expectation, error) {
	var out []Expectation
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		rel = filepath.ToSlash(rel)
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 64<<20)
		sidecar := strings.HasSuffix(rel, ".want")
		target := strings.TrimSuffix(rel, ".want")
		for line := 1; sc.Scan(); line++ {
			text := sc.Text()
			if sidecar {
				m := sidecarRe.FindStringSubmatch(text)
				if m == nil {
					if strings.TrimSpace(text) != "" && !strings.HasPrefix(strings.TrimSpace(text), "#") {
						return fmt.Errorf("%s:%d: sidecar lines are `LINE want: rule/id` or `LINE ok: rule/id`", rel, line)
					}
					continue
				}
				n, _ := strconv.Atoi(m[1])
				for _, id := range ruleIDRe.FindAllString(m[3], -1) {
					out = append(out, Expectation{Path: target, Line: n, Kind: m[2], Rule: id})
				}
				continue
			}
			for _, m := range markerRe.FindAllStringSubmatch(text, -1) {
				kind, at := m[1], line
				if kind == "want-file" {
					kind, at = Want, 0
				}
				for _, id := range ruleIDRe.FindAllString(m[2], -1) {
					out = append(out, Expectation{Path: rel, Line: at, Kind: kind, Rule: id})
				}
			}
		}
		return sc.Err()
	})
	return out, err
}

// Run reviews dir with the analyzers and checks the findings against the markers in its files. It
// returns the report for further checks.
func Run(t testing.TB, dir string, analyzers ...analysis.Analyzer) *report.Report {
	t.Helper()
	rep, err := engine.Review(context.Background(), engine.Config{
		Target:    dir,
		Analyzers: analyzers,
		Walk:      workspace.Options{NoIgnore: true, Exclude: []string{"**/*.want"}},
	})
	if err != nil {
		t.Fatalf("review of %s: %v", dir, err)
	}
	exps, err := Expectations(dir)
	if err != nil {
		t.Fatal(err)
	}
	Check(t, rep.Findings, exps)
	return rep
}

type site struct {
	path string
	line int
	rule string
}

// Check compares findings with expectations: every want met, no finding unwanted, no ok contradicted.
func Check(t testing.TB, findings []finding.Finding, exps []Expectation) {
	t.Helper()
	got := map[site][]finding.Finding{}
	for _, f := range findings {
		if f.Suppressed() {
			continue
		}
		s := site{f.Location.Path, f.Location.StartLine, f.RuleID}
		got[s] = append(got[s], f)
		// A grouped finding stands for each of its places.
		for _, in := range f.Instances {
			s := site{in.Location.Path, in.Location.StartLine, f.RuleID}
			got[s] = append(got[s], f)
		}
	}
	wanted := map[site]bool{}
	var problems []string
	for _, e := range exps {
		s := site{e.Path, e.Line, e.Rule}
		switch e.Kind {
		case Want:
			wanted[s] = true
			if len(got[s]) == 0 {
				problems = append(problems, fmt.Sprintf("%s:%d: want %s, got none", e.Path, e.Line, e.Rule))
			}
		case OK:
			if len(got[s]) > 0 {
				problems = append(problems, fmt.Sprintf("%s:%d: %s must stay quiet here, but reported: %s", e.Path, e.Line, e.Rule, got[s][0].Message))
			}
		}
	}
	for s, fs := range got {
		if !wanted[s] {
			problems = append(problems, fmt.Sprintf("%s:%d: unexpected %s: %s", s.path, s.line, s.rule, fs[0].Message))
		}
	}
	slices.Sort(problems)
	problems = slices.Compact(problems)
	for _, p := range problems {
		t.Error(p)
	}
}
