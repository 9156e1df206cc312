package secrets

import (
	"context"
	"fmt"
	"path"
	"strings"
	"sync"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
	"github.com/vigil-sec/vigil/internal/secrets/detect"
	"github.com/vigil-sec/vigil/internal/secrets/verify"
	"github.com/vigil-sec/vigil/internal/workspace"
)

// Options configure the secrets analyzer.
type Options struct {
	// History also scans every blob reachable from the repository's refs (when the review root is in
	// a git work tree); Since limits that to commits not reachable from this revision.
	History bool
	Since   string
	// Verifier, when set, checks found credentials against their providers (the --verify opt-in).
	Verifier *verify.Verifier
}

// Analyzer is the "secrets" analyzer: per file it runs every detector; over the set it reports
// tracked .env files and, when asked, scans git history.
type Analyzer struct {
	opts     Options
	scanner  *detect.Scanner
	ruleOf   map[*detect.Detector]*rule.Rule
	families []Family
}

// NewScanner builds a scanner with every detector of every family.
func NewScanner() (*detect.Scanner, error) {
	var dets []*detect.Detector
	for _, f := range Families() {
		dets = append(dets, f.Detectors...)
	}
	return detect.NewScanner(dets)
}

// New builds the analyzer.
func New(opts Options) (*Analyzer, error) {
	a := &Analyzer{opts: opts, ruleOf: map[*detect.Detector]*rule.Rule{}, families: Families()}
	var dets []*detect.Detector
	for _, f := range a.families {
		for _, d := range f.Detectors {
			a.ruleOf[d] = f.Rule
			dets = append(dets, d)
		}
	}
	sc, err := detect.NewScanner(dets)
	if err != nil {
		return nil, err
	}
	a.scanner = sc
	return a, nil
}

// Name implements analysis.Analyzer.
func (a *Analyzer) Name() string { return "secrets" }

// Rules implements analysis.Analyzer.
func (a *Analyzer) Rules() []*rule.Rule {
	rs := []*rule.Rule{envFileTrackedRule}
	for _, f := range a.families {
		rs = append(rs, f.Rule)
	}
	return rs
}

// Wants implements analysis.FileAnalyzer: every text file may hold a secret.
func (a *Analyzer) Wants(*workspace.File) bool { return true }

// AnalyzeFile implements analysis.FileAnalyzer.
func (a *Analyzer) AnalyzeFile(ctx context.Context, p *analysis.FilePass) error {
	ms := a.scanner.ScanPath(p.File.Path, p.File.Content)
	if len(ms) == 0 {
		return nil
	}
	var results []verify.Result
	if a.opts.Verifier != nil {
		results = a.opts.Verifier.VerifyAll(ctx, toCandidates(ms))
	}
	for i, m := range ms {
		f := a.finding(m, p.File.Path)
		if results != nil {
			applyVerification(&f, results[i])
		}
		p.Report(f)
	}
	if len(ms) >= detect.MaxMatches {
		p.Skip(ms[len(ms)-1].Line, fmt.Sprintf("secrets: stopped after %d matches", detect.MaxMatches))
	}
	return nil
}

// AnalyzeSet implements analysis.SetAnalyzer: it reports tracked .env files and scans git history
// when asked.
func (a *Analyzer) AnalyzeSet(ctx context.Context, p *analysis.SetPass) error {
	if p.Tree.Git != nil {
		a.envFiles(p)
		if a.opts.History {
			if err := a.history(ctx, p); err != nil {
				return err
			}
		}
	} else if a.opts.History {
		p.Note("secrets: --history needs the review root to be inside a git repository; history not scanned")
	}
	return nil
}

// After implements analysis.SetAnalyzer.
func (a *Analyzer) After() []string { return nil }

// finding turns a match into a finding. The fingerprint is the rule and the keyed hash of the secret,
// not the path: one secret in two files is one problem seen in two places.
func (a *Analyzer) finding(m detect.Match, filePath string) finding.Finding {
	rl := a.ruleOf[m.Detector]
	hash := finding.SecretHash(m.Secret)
	msg := m.Detector.Name + " in plain text"
	if m.Name != "" {
		msg = fmt.Sprintf("%s: a literal secret is assigned to %s", m.Detector.Name, m.Name)
	}
	loc := finding.Location{Path: filePath, StartLine: m.Line, EndLine: m.EndLine, StartColumn: m.Column}
	f := rl.Finding(loc, hash, msg)
	f.Fingerprint = finding.Fingerprint(rl.ID, hash)
	f.Evidence = finding.Redact(m.Secret)
	f.Properties = map[string]string{"detector": m.Detector.ID}
	grade(&f, filePath, m.Detector.Generic, m.Detector.LowImpact)
	return f
}

// grade sets what the place and the detector say about a finding: low confidence in tests and
// fixtures, medium for generic guesses, low severity for test-mode credentials.
func grade(f *finding.Finding, filePath string, generic, lowImpact bool) {
	switch {
	case IsTestPath(filePath):
		f.Confidence = finding.ConfidenceLow
		f.Properties["testPath"] = "true"
	case generic:
		f.Confidence = finding.ConfidenceMedium
	}
	if lowImpact {
		f.Severity = finding.Low
	}
}

var testDirs = map[string]bool{
	"test": true, "tests": true, "testdata": true, "__tests__": true, "spec": true, "specs": true, "fixtures": true,
	"fixture": true, "mocks": true, "__mocks__": true, "e2e": true, "testing": true, "test-fixtures": true,
}

// IsTestPath reports whether a slash-separated path is a test or a fixture, where findings are kept
// with low confidence.
func IsTestPath(p string) bool {
	dir, base := path.Split(p)
	for _, seg := range strings.Split(strings.ToLower(dir), "/") {
		if testDirs[seg] {
			return true
		}
	}
	b := strings.ToLower(base)
	stem := strings.TrimSuffix(b, path.Ext(b))
	return strings.HasSuffix(stem, "_test") || strings.HasSuffix(stem, ".test") || strings.HasSuffix(stem, ".spec") ||
		strings.HasPrefix(stem, "test_") || strings.HasSuffix(base, "Test.java") || strings.HasSuffix(base, "Tests.cs") ||
		strings.HasSuffix(stem, "_spec")
}

// Match is a credential found by Scan. It never holds the secret itself: Hash is the keyed hash that
// findings use as their subject and Evidence its redacted form.
type Match struct {
	RuleID     string
	DetectorID string
	// Name is the credential type's human name.
	Name string
	// Setting is the name the secret is assigned to, when the detector saw one.
	Setting      string
	Line, Column int
	// Start and End are byte offsets of the secret in the scanned text.
	Start, End int
	Hash       string
	Evidence   string
	Generic    bool
}

var defaultAnalyzer = sync.OnceValues(func() (*Analyzer, error) { return New(Options{}) })

// Scan finds credentials in a string that is not a file of its own (EC2 user data, an environment
// value, a CI variable). Lines count from the start of text.
func Scan(text []byte) []Match { return ScanPath("", text) }

// ScanPath is Scan for text that comes from a file: in source code (by extension) only quoted values
// count for the generic detector.
func ScanPath(filePath string, text []byte) []Match {
	a, err := defaultAnalyzer()
	if err != nil {
		panic(err) // the detector tables are fixed; TestDetectorSamples compiles them
	}
	var out []Match
	for _, m := range a.scanner.ScanPath(filePath, text) {
		out = append(out, Match{
			RuleID: a.ruleOf[m.Detector].ID, DetectorID: m.Detector.ID, Name: m.Detector.Name, Setting: m.Name,
			Line: m.Line, Column: m.Column, Start: m.Start, End: m.End,
			Hash: finding.SecretHash(m.Secret), Evidence: finding.Redact(m.Secret), Generic: m.Detector.Generic,
		})
	}
	return out
}
