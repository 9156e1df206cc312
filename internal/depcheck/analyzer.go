// Package depcheck is the dependencies analyzer: it reads lockfiles and manifests through deps,
// reports integrity and provenance problems file by file, and in the second phase matches every
// package against the offline vulnerability database (vulndb), with the time a fix has been
// available and the patch SLA that time may exceed.
package depcheck

import (
	"context"
	"path"
	"time"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/deps"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
	"github.com/vigil-sec/vigil/internal/workspace"
)

// Options configure the analyzer.
type Options struct {
	// VulnDBPath is the vulnerability database; empty means vulndb.DefaultPath().
	VulnDBPath string
	// PatchSLA is the number of days a fix may wait, per severity; nil means DefaultPatchSLA. A
	// severity without an entry has no SLA.
	PatchSLA map[finding.Severity]int
	// Now is the review date; zero means time.Now.
	Now time.Time
}

// DefaultPatchSLA is a common remediation policy: critical within a week, high within a month.
var DefaultPatchSLA = map[finding.Severity]int{
	finding.Critical: 7,
	finding.High:     30,
	finding.Medium:   90,
	finding.Low:      180,
}

// Name is the analyzer's name, under which it shares parsed lockfiles.
const Name = "dependencies"

// Analyzer is the dependencies analyzer.
type Analyzer struct {
	opts Options
}

// New builds the analyzer.
func New(o Options) *Analyzer {
	if o.PatchSLA == nil {
		o.PatchSLA = DefaultPatchSLA
	}
	return &Analyzer{opts: o}
}

func (*Analyzer) Name() string { return Name }

// Rules lists the analyzer's rules.
func (*Analyzer) Rules() []*rule.Rule {
	return []*rule.Rule{
		ruleVulnerablePackage, rulePatchSLA, ruleMissingIntegrity, ruleRequirementsHash,
		ruleMissingGoSum, rulePlainHTTP, ruleNonRegistry, ruleManifestWithoutLockfile,
	}
}

// Wants claims lockfiles by path, and the manifests whose lockfile the set phase looks for.
// Workflow `uses:` references are left to the pipeline analyzer's pipeline/known-vulnerable-action,
// which reads tags, commit pins and their version comments (one finding per problem, and one YAML
// decode per workflow); `vigil sbom` still lists actions.
func (*Analyzer) Wants(f *workspace.File) bool {
	if e := deps.For(f.Path); e != nil {
		return e.Name() != deps.ActionsExtractor
	}
	return manifestKind(path.Base(f.Path)) != ""
}

// AnalyzeFile parses one lockfile or manifest, runs the per-file rules and shares the result.
func (a *Analyzer) AnalyzeFile(ctx context.Context, p *analysis.FilePass) error {
	if m := manifestKind(path.Base(p.File.Path)); m != "" {
		if mf := readManifest(p.File.Path, m, p.File.Content); mf != nil {
			p.Share(mf)
		}
		return nil
	}
	lf, err := deps.Extract(p.File.Path, p.File.Content)
	if err != nil {
		return analysis.Errorf(lineOf(err), "%s", lineless(err))
	}
	if lf == nil {
		return nil
	}
	for _, w := range lf.Warnings {
		p.Skip(w.Line, w.Reason)
	}
	checkIntegrity(p, lf)
	checkRequirementsHash(p, lf)
	checkSources(p, lf)
	p.Share(lf)
	return nil
}

// After: the set phase reads only this analyzer's own shared values.
func (*Analyzer) After() []string { return nil }

// AnalyzeSet runs the rules that need the whole tree or the vulnerability database.
func (a *Analyzer) AnalyzeSet(ctx context.Context, p *analysis.SetPass) error {
	lockfiles := analysis.SharedOf[*deps.Lockfile](p, Name)
	manifests := analysis.SharedOf[*manifest](p, Name)
	markDirect(lockfiles, manifests)
	checkGoSum(p, lockfiles)
	checkManifests(p, manifests)
	return a.checkVulns(ctx, p, lockfiles)
}

func (a *Analyzer) now() time.Time {
	if a.opts.Now.IsZero() {
		return time.Now()
	}
	return a.opts.Now
}

func lineOf(err error) int {
	if pe, ok := err.(*deps.ParseError); ok {
		return pe.Line
	}
	return 0
}

func lineless(err error) string {
	if pe, ok := err.(*deps.ParseError); ok {
		return pe.Err.Error()
	}
	return err.Error()
}

func pkgSubject(pk *deps.Package) string {
	v := pk.Version
	if v == "" {
		v = pk.Commit
	}
	return pk.Ecosystem + "/" + pk.Name + "@" + v
}
