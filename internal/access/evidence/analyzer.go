package evidence

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/vigil-sec/vigil/internal/access/jsontree"
	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
	"github.com/vigil-sec/vigil/internal/workspace"
)

// Analyzer reviews exported account evidence files, recognised by content.
type Analyzer struct{ opts Options }

// New returns the analyzer with its thresholds (zero values take the defaults).
func New(o Options) *Analyzer { return &Analyzer{opts: o.withDefaults()} }

// Rules lists the evidence rules.
func Rules() []*rule.Rule {
	return []*rule.Rule{AccessKeyNotRotated, AccessKeyUnused, UserUnused, ConsoleWithoutMFA, RootAccessKey,
		RootUsedRecently, RoleUnused, AdminPrincipal, PrincipalEscalation, RoleTrustTooOpen, PolicyUnused, GCPKeyTooOld, GCPKeyExpired, GCPUserManagedKey}
}

// Name implements analysis.Analyzer.
func (*Analyzer) Name() string { return "cloud-evidence" }

// Rules implements analysis.Analyzer.
func (*Analyzer) Rules() []*rule.Rule { return Rules() }

var jsonMarkers = [][][]byte{
	{[]byte(`"ReportFormat"`), []byte(`"Content"`)},
	{[]byte(`"RoleDetailList"`)},
	{[]byte(`"UserDetailList"`)},
	{[]byte(`"keyType"`), []byte(`/serviceAccounts/`)},
}

// Wants claims credential reports (CSV or JSON), authorization-details exports and GCP key lists.
func (*Analyzer) Wants(f *workspace.File) bool {
	if bytes.HasPrefix(bytes.TrimLeft(f.Content, "\ufeff \r\n\t"), credentialReportHeader) {
		return true
	}
	if f.Kind != workspace.KindJSON {
		return false
	}
	for _, ms := range jsonMarkers {
		all := true
		for _, m := range ms {
			all = all && bytes.Contains(f.Content, m)
		}
		if all {
			return true
		}
	}
	return false
}

// AnalyzeFile reads one evidence file and runs the rules that fit it. A part that cannot be read
// (a report row, a role with a bad date) is skipped with its line and the rest is reviewed.
func (a *Analyzer) AnalyzeFile(ctx context.Context, p *analysis.FilePass) error {
	path, o := p.File.Path, a.opts
	data := p.File.Content
	if !bytes.HasPrefix(bytes.TrimLeft(data, "\ufeff \r\n\t"), credentialReportHeader) {
		n, err := jsontree.FromJSON(data)
		if err != nil {
			var se *jsontree.SyntaxError
			if errors.As(err, &se) {
				return analysis.Errorf(se.Pos.Line, "invalid JSON: %s", se.Msg)
			}
			return err
		}
		switch {
		case LooksLikeAuthDetails(n):
			a.authDetails(p, n)
			return nil
		case LooksLikeGCPKeys(n):
			keys, errs := ReadGCPKeys(n)
			skipAll(p, errs)
			for _, k := range keys {
				report(p, checkGCPKeyAge(path, k, o), checkGCPKeyExpired(path, k, o))
			}
			report(p, checkGCPUserManagedKeys(path, keys, o))
			return nil
		case n.Get("Content") == nil:
			return nil
		}
	}
	rows, bad, err := ParseCredentialReport(data)
	for _, b := range bad {
		p.Skip(b.Line, "credential report: "+b.Err.Error())
	}
	if err != nil {
		return analysis.Errorf(0, "credential report: %v", err)
	}
	for _, r := range rows {
		report(p, checkKeyRotation(path, r, o), checkKeyUnused(path, r, o), checkUserUnused(path, r, o),
			checkConsoleMFA(path, r, o), checkRootKey(path, r, o), checkRootUse(path, r, o))
	}
	return nil
}

func (a *Analyzer) authDetails(p *analysis.FilePass, n *jsontree.Node) {
	path, o := p.File.Path, a.opts
	d, errs := ReadAuthDetails(path, n)
	skipAll(p, errs)
	for _, r := range d.Roles {
		report(p, checkRoleUnused(path, r, o), checkAdminPrincipal(path, d, r), checkPrincipalEscalation(path, d, r), checkRoleTrust(path, r))
	}
	for _, u := range d.Users {
		report(p, checkAdminPrincipal(path, d, u), checkPrincipalEscalation(path, d, u))
	}
	for _, m := range d.Policies {
		report(p, checkPolicyUnused(path, m, o))
	}
}

func skipAll(p *analysis.FilePass, errs []*PathError) {
	for _, e := range errs {
		p.Skip(e.Line, fmt.Sprintf("%s: %v", e.Path, e.Err))
	}
}

func report(p *analysis.FilePass, lists ...[]finding.Finding) {
	for _, l := range lists {
		for _, f := range l {
			p.Report(f)
		}
	}
}

// AnalyzeEvidence reviews every evidence file below dir (what `vigil review --evidence DIR` and
// `vigil access` read) and returns the findings, sorted, with fingerprints, and the files or parts
// of files that could not be read. Other files in dir are ignored. The error is for a dir that
// cannot be walked.
func AnalyzeEvidence(ctx context.Context, dir string, opts Options) ([]finding.Finding, []workspace.Skip, error) {
	tree, err := workspace.Open(ctx, dir, workspace.Options{NoIgnore: true})
	if err != nil {
		return nil, nil, err
	}
	defer tree.Close()
	a := New(opts)
	sink := &collector{}
	skips := append([]workspace.Skip{}, tree.Skipped...)
	for _, e := range tree.Files {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		f, skip := tree.Load(e)
		if skip != nil {
			continue // binary or unreadable: not evidence
		}
		if !a.Wants(f) {
			continue
		}
		if err := a.AnalyzeFile(ctx, &analysis.FilePass{File: f, Analyzer: a, Sink: sink}); err != nil {
			reason := err
			var le *analysis.LineError
			if errors.As(err, &le) {
				reason = le.Err
			}
			sink.Skip(workspace.Skip{Path: f.Path, Line: analysis.ErrorLine(err), Reason: a.Name() + ": " + reason.Error()})
		}
	}
	skips = append(skips, sink.skips...)
	workspace.SortSkips(skips)
	finding.Sort(sink.findings)
	return sink.findings, skips, nil
}

// collector is the analysis.Sink of AnalyzeEvidence.
type collector struct {
	mu       sync.Mutex
	findings []finding.Finding
	skips    []workspace.Skip
}

func (c *collector) Report(_ analysis.Analyzer, f finding.Finding) {
	if f.Fingerprint == "" {
		f.Fingerprint = finding.Fingerprint(f.RuleID, f.Location.Path, f.Subject)
	}
	c.mu.Lock()
	c.findings = append(c.findings, f)
	c.mu.Unlock()
}

func (c *collector) Share(analysis.Analyzer, string, any) {}

func (c *collector) Skip(s workspace.Skip) {
	c.mu.Lock()
	c.skips = append(c.skips, s)
	c.mu.Unlock()
}

func (c *collector) Note(string) {}
