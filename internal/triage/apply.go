package triage

import (
	"fmt"
	"maps"
	"time"

	"github.com/bmatcuk/doublestar/v4"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/report"
	"github.com/vigil-sec/vigil/internal/rule"
)

// Policy is everything triage applies to a review's raw findings.
type Policy struct {
	Config   *Config
	Inline   []Directive
	Baseline *Baseline // nil when the review has none
	Registry *rule.Registry
	// MinSeverity drops findings below it (from every output); unknown means keep all.
	MinSeverity finding.Severity
	// Now decides whether ignores have expired.
	Now time.Time
}

// Ignore statuses.
const (
	IgnoreUnused  = "unused"
	IgnoreExpired = "expired"
	IgnoreInvalid = "invalid"
)

// Apply returns the findings that remain after rule settings and the severity floor, with ignores and
// the baseline marked on them, and the ignores that need attention.
func Apply(raw []finding.Finding, p Policy) ([]finding.Finding, []report.IgnoreStatus) {
	cfg := p.Config
	if cfg == nil {
		cfg = &Config{}
	}
	canonical := func(id string) string {
		if p.Registry != nil {
			if r, ok := p.Registry.Lookup(id); ok {
				return r.ID
			}
		}
		return id
	}
	ruleCfg := map[string]RuleConfig{}
	for id, rc := range cfg.Rules {
		ruleCfg[canonical(id)] = rc
	}
	inline := map[string][]*Directive{}
	for i := range p.Inline {
		d := &p.Inline[i]
		for j, r := range d.Rules {
			d.Rules[j] = canonical(r)
		}
		inline[d.Path] = append(inline[d.Path], d)
	}
	usedConfig := make([]bool, len(cfg.Ignore))
	expiredConfig := make([]bool, len(cfg.Ignore))
	usedInline := map[*Directive]bool{}
	expiredInline := map[*Directive]bool{}

	out := make([]finding.Finding, 0, len(raw))
	for _, f := range raw {
		if rc, ok := ruleCfg[f.RuleID]; ok {
			if rc.Enabled != nil && !*rc.Enabled {
				continue
			}
			if rc.Severity != "" {
				f.Severity, _ = finding.ParseSeverity(rc.Severity)
			}
		}
		if p.MinSeverity.Valid() && f.Severity < p.MinSeverity {
			continue
		}
		for i := range cfg.Ignore {
			ig := &cfg.Ignore[i]
			if !ig.matches(&f, canonical) {
				continue
			}
			source := fmt.Sprintf("%s:%d", cfg.Path, ig.line)
			if !ig.expires.IsZero() && !p.Now.Before(ig.expires.AddDate(0, 0, 1)) {
				expiredConfig[i] = true
				markExpired(&f, source, ig.Expires)
				continue
			}
			usedConfig[i] = true
			if f.Suppression == nil {
				f.Suppression = &finding.Suppression{Kind: finding.SuppressedByConfig, Reason: ig.Reason, Expires: ig.Expires, Source: source}
			}
		}
		for _, d := range inline[f.Location.Path] {
			if !d.covers(f.RuleID, f.Location.StartLine) {
				continue
			}
			source := fmt.Sprintf("%s:%d", d.Path, d.Line)
			if !d.expires.IsZero() && !p.Now.Before(d.expires.AddDate(0, 0, 1)) {
				expiredInline[d] = true
				markExpired(&f, source, d.Expires)
				continue
			}
			usedInline[d] = true
			if f.Suppression == nil {
				f.Suppression = &finding.Suppression{Kind: finding.SuppressedInline, Reason: d.Reason, Expires: d.Expires, Source: source}
			}
		}
		if p.Baseline != nil {
			f.BaselineState = "new"
			if p.Baseline.Has(f.Fingerprint) {
				f.BaselineState = "unchanged"
				if f.Suppression == nil {
					f.Suppression = &finding.Suppression{Kind: finding.SuppressedByBaseline, Reason: "present in the baseline"}
				}
			}
		}
		out = append(out, f)
	}

	var statuses []report.IgnoreStatus
	for i, ig := range cfg.Ignore {
		st := report.IgnoreStatus{Source: fmt.Sprintf("%s:%d", cfg.Path, ig.line), Reason: ig.Reason, Expires: ig.Expires}
		if ig.Rule != "" {
			st.Rules = []string{ig.Rule}
		}
		switch {
		case expiredConfig[i] && !usedConfig[i]:
			st.Status = IgnoreExpired
		case !usedConfig[i]:
			st.Status = IgnoreUnused
		default:
			continue
		}
		statuses = append(statuses, st)
	}
	for i := range p.Inline {
		d := &p.Inline[i]
		st := report.IgnoreStatus{Source: fmt.Sprintf("%s:%d", d.Path, d.Line), Rules: d.Rules, Reason: d.Reason, Expires: d.Expires}
		switch {
		case d.Problem != "":
			st.Status, st.Problem = IgnoreInvalid, d.Problem
		case expiredInline[d] && !usedInline[d]:
			st.Status = IgnoreExpired
		case !usedInline[d]:
			st.Status = IgnoreUnused
		default:
			continue
		}
		statuses = append(statuses, st)
	}
	return out, statuses
}

func markExpired(f *finding.Finding, source, date string) {
	if f.Properties == nil {
		f.Properties = map[string]string{}
	} else {
		f.Properties = maps.Clone(f.Properties)
	}
	f.Properties["expiredIgnore"] = fmt.Sprintf("%s expired on %s", source, date)
}

func (ig *Ignore) matches(f *finding.Finding, canonical func(string) string) bool {
	if ig.Rule != "" && canonical(ig.Rule) != f.RuleID {
		return false
	}
	if ig.Fingerprint != "" && ig.Fingerprint != f.Fingerprint {
		return false
	}
	if ig.Path != "" {
		if ok, _ := doublestar.Match(ig.Path, f.Location.Path); !ok {
			return false
		}
	}
	return true
}
