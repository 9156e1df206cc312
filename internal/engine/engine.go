// Package engine runs a review: it walks the workspace, runs the analyzers in their two phases,
// triages the findings and returns the Report that every output format and the gate read.
package engine

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/report"
	"github.com/vigil-sec/vigil/internal/rule"
	"github.com/vigil-sec/vigil/internal/triage"
	"github.com/vigil-sec/vigil/internal/workspace"
)

// Config is one review's input.
type Config struct {
	// Target is the directory to review, as the user gave it.
	Target    string
	Analyzers []analysis.Analyzer
	Walk      workspace.Options
	// ChangedSince limits the review to files changed since this git revision.
	ChangedSince string
	// Evidence are folders of exported account data (outside the repository, usually), reviewed with
	// EvidenceAnalyzers; their findings join the review's.
	Evidence          []string
	EvidenceAnalyzers []analysis.Analyzer
	// Areas, when set, keeps only findings (and rules) of these areas.
	Areas []finding.Area
	// Triage settings: .vigil.yaml, an optional baseline, the severity floor and the gate.
	Settings    *triage.Config
	Baseline    *triage.Baseline
	MinSeverity finding.Severity
	FailOn      finding.Severity
	// Now decides ignore expiry; zero means time.Now.
	Now time.Time
	// Concurrency bounds the files analyzed at once; zero means GOMAXPROCS.
	Concurrency int
	// Progress, when set, is called as files are done (from several goroutines).
	Progress func(done, total int)
	Version  string
	Logger   *slog.Logger
}

// fixFirstCount is how many findings the "fix these first" list holds.
const fixFirstCount = 5

// Registry builds the rule registry from the analyzers' rules.
func Registry(analyzers []analysis.Analyzer) (*rule.Registry, error) {
	var rules []*rule.Rule
	names := map[string]bool{}
	for _, a := range analyzers {
		if names[a.Name()] {
			return nil, fmt.Errorf("analyzer %q is listed twice", a.Name())
		}
		names[a.Name()] = true
		rules = append(rules, a.Rules()...)
	}
	return rule.NewRegistry(rules...)
}

// Review runs a review. The error is for the tool's own failures (an unreadable root, a bad config);
// problems with single files are in the report's Skipped list.
func Review(ctx context.Context, cfg Config) (*report.Report, error) {
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	reg, err := Registry(cfg.Analyzers)
	if err != nil {
		return nil, err
	}
	settings := cfg.Settings
	if settings == nil {
		settings = &triage.Config{Path: triage.ConfigFile}
	}
	if err := settings.CheckRules(reg); err != nil {
		return nil, err
	}
	if err := checkOrder(cfg.Analyzers); err != nil {
		return nil, err
	}
	start := time.Now()
	tree, err := workspace.Open(ctx, cfg.Target, cfg.Walk)
	if err != nil {
		return nil, err
	}
	defer tree.Close()
	log.Debug("walked", "files", len(tree.Files), "skipped", len(tree.Skipped), "took", time.Since(start))

	inScope := func(string) bool { return true }
	if cfg.ChangedSince != "" {
		changed, err := tree.ChangedSince(cfg.ChangedSince)
		if err != nil {
			return nil, err
		}
		inScope = func(p string) bool { return changed[p] }
	}

	r := newRun(cfg, cfg.Analyzers, tree, inScope, log)
	if err := r.phases(ctx); err != nil {
		return nil, err
	}
	log.Debug("analyzed", "files", r.files, "findings", len(r.findings), "took", time.Since(start))
	raw := r.collect()
	for _, dir := range cfg.Evidence {
		if raw, err = r.evidence(ctx, dir, raw); err != nil {
			return nil, err
		}
	}
	rules := reg.All()
	if len(cfg.Areas) > 0 {
		raw = slices.DeleteFunc(raw, func(f finding.Finding) bool { return !slices.Contains(cfg.Areas, f.Area) })
		rules = slices.DeleteFunc(rules, func(r *rule.Rule) bool { return !slices.Contains(cfg.Areas, r.Area) })
	}
	now := cfg.Now
	if now.IsZero() {
		now = time.Now()
	}
	findings, ignores := triage.Apply(raw, triage.Policy{
		Config: settings, Inline: r.directives, Baseline: cfg.Baseline, Registry: reg,
		MinSeverity: cfg.MinSeverity, Now: now,
	})
	findings = triage.Group(findings)
	triage.Prioritize(findings)
	if findings == nil {
		findings = []finding.Finding{}
	}
	workspace.SortSkips(r.skipped)
	slices.Sort(r.notes)
	rep := &report.Report{
		SchemaVersion: report.SchemaVersion,
		Tool:          report.Tool{Name: "vigil", Version: cfg.Version},
		Target:        cfg.Target,
		Scope: report.Scope{
			Files: int(r.files), Bytes: r.bytes, ChangedSince: cfg.ChangedSince,
			Ignored: tree.Ignored, Symlinks: tree.Symlinks, Rules: len(rules),
		},
		Summary:  report.Summarize(findings),
		Gate:     report.Decide(findings, cfg.FailOn),
		Findings: findings,
		FixFirst: triage.FixFirst(findings, fixFirstCount),
		Posture:  report.Score(findings),
		Skipped:  append([]workspace.Skip{}, r.skipped...),
		Ignores:  ignores,
		Notes:    slices.Compact(r.notes),
		Rules:    rules,
	}
	return rep, nil
}

func newRun(cfg Config, analyzers []analysis.Analyzer, tree *workspace.Tree, inScope func(string) bool, log *slog.Logger) *run {
	cfg.Analyzers = analyzers
	r := &run{cfg: cfg, tree: tree, inScope: inScope, shared: map[string][]analysis.Shared{}, declared: map[string]map[string]*rule.Rule{}, log: log}
	for _, a := range analyzers {
		m := map[string]*rule.Rule{}
		for _, rl := range a.Rules() {
			m[rl.ID] = rl
		}
		r.declared[a.Name()] = m
	}
	r.skipped = append(r.skipped, tree.Skipped...)
	return r
}

func (r *run) phases(ctx context.Context) error {
	if err := r.filePhase(ctx); err != nil {
		return err
	}
	return r.setPhase(ctx)
}

// evidence reviews a folder of exported account data (credential reports, authorization details,
// key lists) with the evidence analyzers, and adds what they find to raw, with paths as seen from the
// review root. Evidence is never limited by --changed-since: it is not part of the change.
func (r *run) evidence(ctx context.Context, dir string, raw []finding.Finding) ([]finding.Finding, error) {
	et, err := workspace.Open(ctx, dir, workspace.Options{NoIgnore: true, MaxFileSize: r.cfg.Walk.MaxFileSize})
	if err != nil {
		return nil, fmt.Errorf("evidence %s: %w", dir, err)
	}
	defer et.Close()
	er := newRun(r.cfg, r.cfg.EvidenceAnalyzers, et, func(string) bool { return true }, r.log)
	if err := er.phases(ctx); err != nil {
		return nil, err
	}
	prefix := evidencePrefix(r.tree.Root, et.Root)
	for _, f := range er.collect() {
		f.Location.Path = path.Join(prefix, f.Location.Path)
		for i := range f.Related {
			f.Related[i].Path = path.Join(prefix, f.Related[i].Path)
		}
		raw = append(raw, f)
	}
	for _, s := range er.skipped {
		s.Path = path.Join(prefix, s.Path)
		r.skipped = append(r.skipped, s)
	}
	r.notes = append(r.notes, er.notes...)
	r.directives = append(r.directives, er.directives...)
	r.files += er.files
	r.bytes += er.bytes
	finding.Sort(raw)
	return raw, nil
}

// evidencePrefix is the evidence folder's path relative to the review root, slash-separated.
func evidencePrefix(root, dir string) string {
	rel, err := filepath.Rel(root, dir)
	if err != nil {
		return filepath.ToSlash(dir)
	}
	return filepath.ToSlash(rel)
}

// run is the state of one review across both phases.
type run struct {
	cfg     Config
	tree    *workspace.Tree
	inScope func(string) bool
	log     *slog.Logger

	mu         sync.Mutex
	findings   []finding.Finding
	shared     map[string][]analysis.Shared
	skipped    []workspace.Skip
	notes      []string
	directives []triage.Directive
	declared   map[string]map[string]*rule.Rule
	files      int64
	bytes      int64
}

// Report implements analysis.Sink: it checks the rule is the analyzer's own and fills defaults.
func (r *run) Report(a analysis.Analyzer, f finding.Finding) {
	rl := r.declared[a.Name()][f.RuleID]
	if rl == nil {
		r.Note(fmt.Sprintf("internal error: analyzer %s reported undeclared rule %q", a.Name(), f.RuleID))
		return
	}
	if f.Area == "" {
		f.Area = rl.Area
	}
	if !f.Severity.Valid() {
		f.Severity = rl.Severity
	}
	if f.Title == "" {
		f.Title = rl.Title
	}
	if f.Remediation == "" {
		f.Remediation = rl.Remediation
	}
	if f.Fingerprint == "" {
		subject := f.Subject
		if subject == "" {
			subject = f.Message
		}
		f.Fingerprint = finding.Fingerprint(f.RuleID, f.Location.Path, subject)
	}
	r.mu.Lock()
	r.findings = append(r.findings, f)
	r.mu.Unlock()
}

// Share implements analysis.Sink.
func (r *run) Share(a analysis.Analyzer, path string, v any) {
	r.mu.Lock()
	r.shared[a.Name()] = append(r.shared[a.Name()], analysis.Shared{Path: path, Value: v})
	r.mu.Unlock()
}

// Skip implements analysis.Sink.
func (r *run) Skip(s workspace.Skip) {
	r.mu.Lock()
	r.skipped = append(r.skipped, s)
	r.mu.Unlock()
}

// Note implements analysis.Sink.
func (r *run) Note(msg string) {
	r.mu.Lock()
	r.notes = append(r.notes, msg)
	r.mu.Unlock()
}

func (r *run) filePhase(ctx context.Context) error {
	var fileAnalyzers []analysis.FileAnalyzer
	for _, a := range r.cfg.Analyzers {
		if fa, ok := a.(analysis.FileAnalyzer); ok {
			fileAnalyzers = append(fileAnalyzers, fa)
		}
	}
	var entries []workspace.Entry
	for _, e := range r.tree.Files {
		if r.inScope(e.Path) {
			entries = append(entries, e)
		}
	}
	n := r.cfg.Concurrency
	if n <= 0 {
		n = runtime.GOMAXPROCS(0)
	}
	var next, done atomic.Int64
	var wg sync.WaitGroup
	for range min(n, max(len(entries), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				i := int(next.Add(1) - 1)
				if i >= len(entries) {
					return
				}
				r.analyzeFile(ctx, entries[i], fileAnalyzers)
				d := done.Add(1)
				if r.cfg.Progress != nil {
					r.cfg.Progress(int(d), len(entries))
				}
			}
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return err
	}
	// Values shared by one file keep their order; files are ordered by path.
	for name, vs := range r.shared {
		slices.SortStableFunc(vs, func(a, b analysis.Shared) int { return strings.Compare(a.Path, b.Path) })
		r.shared[name] = vs
	}
	return nil
}

func (r *run) analyzeFile(ctx context.Context, e workspace.Entry, analyzers []analysis.FileAnalyzer) {
	f, skip := r.tree.Load(e)
	if skip != nil {
		r.Skip(*skip)
		return
	}
	atomic.AddInt64(&r.files, 1)
	atomic.AddInt64(&r.bytes, int64(len(f.Content)))
	if ds := triage.ParseInline(f.Path, f.Content); len(ds) > 0 {
		r.mu.Lock()
		r.directives = append(r.directives, ds...)
		r.mu.Unlock()
	}
	for _, a := range analyzers {
		if ctx.Err() != nil {
			return
		}
		if !a.Wants(f) {
			continue
		}
		err := guard(a, func() error { return a.AnalyzeFile(ctx, &analysis.FilePass{File: f, Analyzer: a, Sink: r}) })
		if err != nil && ctx.Err() == nil {
			r.Skip(workspace.Skip{Path: f.Path, Line: analysis.ErrorLine(err), Reason: a.Name() + ": " + lineless(err)})
		}
	}
}

// lineless is the error's text without the "line N: " that the Skip's Line field already carries.
func lineless(err error) string {
	var le *analysis.LineError
	if errors.As(err, &le) {
		return le.Err.Error()
	}
	return err.Error()
}

// guard runs an analyzer, turning a panic (a parser meeting hostile input) into an error so that one
// file cannot end the review.
func guard(a analysis.Analyzer, fn func() error) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("internal error (please report): panic in %s: %v\n%s", a.Name(), p, firstFrames(debug.Stack()))
		}
	}()
	return fn()
}

func firstFrames(stack []byte) string {
	lines := strings.Split(string(stack), "\n")
	return strings.Join(lines[:min(len(lines), 12)], "\n")
}

// setPhase runs the set analyzers in the order their After lists demand, those of one level at once.
func (r *run) setPhase(ctx context.Context) error {
	var pending []analysis.SetAnalyzer
	for _, a := range r.cfg.Analyzers {
		if sa, ok := a.(analysis.SetAnalyzer); ok {
			pending = append(pending, sa)
		}
	}
	finished := map[string]bool{}
	for _, a := range r.cfg.Analyzers {
		if _, ok := a.(analysis.SetAnalyzer); !ok {
			finished[a.Name()] = true
		}
	}
	for len(pending) > 0 {
		var level, rest []analysis.SetAnalyzer
		for _, a := range pending {
			ready := true
			for _, dep := range a.After() {
				if !finished[dep] {
					ready = false
				}
			}
			if ready {
				level = append(level, a)
			} else {
				rest = append(rest, a)
			}
		}
		var wg sync.WaitGroup
		for _, a := range level {
			wg.Add(1)
			go func() {
				defer wg.Done()
				allowed := append([]string{a.Name()}, a.After()...)
				shared := func(name string) []analysis.Shared {
					if !slices.Contains(allowed, name) {
						panic(fmt.Sprintf("analyzer %s reads %s without listing it in After", a.Name(), name))
					}
					r.mu.Lock()
					defer r.mu.Unlock()
					return slices.Clone(r.shared[name])
				}
				pass := analysis.NewSetPass(a, r, r.tree, r.inScope, shared)
				if err := guard(a, func() error { return a.AnalyzeSet(ctx, pass) }); err != nil && ctx.Err() == nil {
					r.Note(fmt.Sprintf("%s: %v", a.Name(), err))
				}
			}()
		}
		wg.Wait()
		if err := ctx.Err(); err != nil {
			return err
		}
		for _, a := range level {
			finished[a.Name()] = true
		}
		pending = rest
	}
	return nil
}

// checkOrder refuses After lists that name unknown analyzers or form a cycle.
func checkOrder(analyzers []analysis.Analyzer) error {
	deps := map[string][]string{}
	known := map[string]bool{}
	for _, a := range analyzers {
		known[a.Name()] = true
		if sa, ok := a.(analysis.SetAnalyzer); ok {
			deps[a.Name()] = sa.After()
		}
	}
	for name, ds := range deps {
		for _, d := range ds {
			if !known[d] {
				return fmt.Errorf("analyzer %s runs after unknown analyzer %q", name, d)
			}
		}
	}
	state := map[string]int{} // 1 visiting, 2 done
	var visit func(string) error
	visit = func(n string) error {
		switch state[n] {
		case 1:
			return fmt.Errorf("analyzers wait for each other in a cycle through %s", n)
		case 2:
			return nil
		}
		state[n] = 1
		for _, d := range deps[n] {
			if err := visit(d); err != nil {
				return err
			}
		}
		state[n] = 2
		return nil
	}
	names := make([]string, 0, len(deps))
	for n := range deps {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		if err := visit(n); err != nil {
			return err
		}
	}
	return nil
}

// collect keeps the in-scope findings, drops exact duplicates and findings of fallback rules that a
// more specific rule of the same area covers at the same place, and sorts them.
func (r *run) collect() []finding.Finding {
	type place struct {
		area       finding.Area
		path, comm string
		line       int
	}
	fallback := map[string]bool{}
	for _, rules := range r.declared {
		for id, rl := range rules {
			if rl.Fallback {
				fallback[id] = true
			}
		}
	}
	// Places where a fallback rule reported; only there can a specific finding displace it. Most
	// reviews have few or none, so the other findings cost no map insert.
	specific := map[place]bool{}
	for i := range r.findings {
		if f := &r.findings[i]; fallback[f.RuleID] {
			specific[place{f.Area, f.Location.Path, f.Location.Commit, f.Location.StartLine}] = false
		}
	}
	if len(specific) > 0 {
		for i := range r.findings {
			f := &r.findings[i]
			if fallback[f.RuleID] {
				continue
			}
			pl := place{f.Area, f.Location.Path, f.Location.Commit, f.Location.StartLine}
			if _, ok := specific[pl]; ok {
				specific[pl] = true
			}
		}
	}
	type key struct {
		fp, path, commit string
		line             int
	}
	seen := make(map[key]bool, len(r.findings))
	out := make([]finding.Finding, 0, len(r.findings))
	for i := range r.findings {
		f := &r.findings[i]
		if f.Location.Path != "" && !r.inScope(f.Location.Path) {
			continue
		}
		// A finding in git history is about a path the walk did not read: the excludes apply here.
		if f.Location.Commit != "" && workspace.Excluded(r.cfg.Walk.Exclude, f.Location.Path) {
			continue
		}
		if fallback[f.RuleID] && specific[place{f.Area, f.Location.Path, f.Location.Commit, f.Location.StartLine}] {
			continue
		}
		k := key{f.Fingerprint, f.Location.Path, f.Location.Commit, f.Location.StartLine}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, *f)
	}
	finding.Sort(out)
	return out
}
