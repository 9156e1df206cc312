// Package report holds the Report value that one review produces and renders it in every output
// format: text, JSON, SARIF, JUnit XML and Markdown. Every format reads the same value, so filters and
// the gate agree everywhere.
package report

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
	"github.com/vigil-sec/vigil/internal/workspace"
)

// SchemaVersion is the version of the JSON report schema (docs/report-schema.md). It changes when a
// field is removed or changes meaning; added fields do not change it.
const SchemaVersion = "1"

// Report is the result of one review.
type Report struct {
	SchemaVersion string `json:"schemaVersion"`
	Tool          Tool   `json:"tool"`
	// Target is the reviewed path as the user gave it.
	Target   string            `json:"target"`
	Scope    Scope             `json:"scope"`
	Summary  Summary           `json:"summary"`
	Gate     Gate              `json:"gate"`
	Findings []finding.Finding `json:"findings"`
	// Skipped lists files, or parts of files, the review could not read or parse.
	Skipped []workspace.Skip `json:"skipped"`
	// Ignores lists ignores that need attention: unused, expired or malformed.
	Ignores []IgnoreStatus `json:"ignores,omitempty"`
	// Notes are review-wide remarks ("no vulnerability database: dependency rules skipped").
	Notes []string `json:"notes,omitempty"`
	// FixFirst holds the most urgent findings by priority, for the top of human reports.
	FixFirst []finding.Finding `json:"fixFirst,omitempty"`
	// Posture scores each area for charts of posture over time.
	Posture *Posture `json:"posture,omitempty"`
	// Rules are the rules that took part in the review.
	Rules []*rule.Rule `json:"-"`
}

// Tool names the program that wrote the report.
type Tool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// Scope says what was reviewed.
type Scope struct {
	// Files counts the files read and analyzed; Bytes their total size.
	Files int   `json:"files"`
	Bytes int64 `json:"bytes"`
	// ChangedSince is set when the review covered only the files changed since a revision.
	ChangedSince string `json:"changedSince,omitempty"`
	// Ignored counts paths hidden by .gitignore or excludes; Symlinks links inside the root that were
	// not followed.
	Ignored  int `json:"ignored"`
	Symlinks int `json:"symlinks"`
	Rules    int `json:"rules"`
}

// Summary counts the findings that count: reported and not suppressed.
type Summary struct {
	// Total counts active findings after grouping; Occurrences counts the places they are seen.
	Total       int                       `json:"total"`
	Occurrences int                       `json:"occurrences"`
	Suppressed  int                       `json:"suppressed"`
	BySeverity  map[string]int            `json:"bySeverity"`
	ByArea      map[string]map[string]int `json:"byArea"`
}

// Gate is the outcome of --fail-on.
type Gate struct {
	// FailOn is the lowest severity that fails the gate, or "none".
	FailOn string `json:"failOn"`
	Failed bool   `json:"failed"`
	// Blocking counts the findings at or above FailOn that are not suppressed.
	Blocking int `json:"blocking"`
}

// IgnoreStatus reports an ignore that needs attention: one that matched nothing (remove it), one
// that has expired (its findings are shown again), or one that is malformed.
type IgnoreStatus struct {
	Source  string   `json:"source"` // path:line
	Rules   []string `json:"rules,omitempty"`
	Reason  string   `json:"reason,omitempty"`
	Expires string   `json:"expires,omitempty"`
	Status  string   `json:"status"` // "unused", "expired" or "invalid"
	Problem string   `json:"problem,omitempty"`
}

// Summarize counts findings by severity and area, leaving suppressed ones out of the counts.
func Summarize(fs []finding.Finding) Summary {
	s := Summary{BySeverity: map[string]int{}, ByArea: map[string]map[string]int{}}
	for _, sev := range finding.Severities() {
		s.BySeverity[sev.String()] = 0
	}
	for _, a := range finding.Areas() {
		s.ByArea[string(a)] = map[string]int{}
	}
	for _, f := range fs {
		if f.Suppressed() {
			s.Suppressed++
			continue
		}
		s.Total++
		s.Occurrences += f.Occurrences()
		s.BySeverity[f.Severity.String()]++
		if m := s.ByArea[string(f.Area)]; m != nil {
			m[f.Severity.String()]++
		}
	}
	return s
}

// Decide fills the gate: failOn is the lowest blocking severity (SeverityUnknown for none).
func Decide(fs []finding.Finding, failOn finding.Severity) Gate {
	g := Gate{FailOn: "none"}
	if !failOn.Valid() {
		return g
	}
	g.FailOn = failOn.String()
	for _, f := range fs {
		if !f.Suppressed() && f.Severity >= failOn {
			g.Blocking++
		}
	}
	g.Failed = g.Blocking > 0
	return g
}

// Active returns the findings that are not suppressed.
func (r *Report) Active() []finding.Finding {
	var out []finding.Finding
	for _, f := range r.Findings {
		if !f.Suppressed() {
			out = append(out, f)
		}
	}
	return out
}

// Posture is a 0-100 score per area and overall (docs/report-schema.md gives the formula).
type Posture struct {
	Score int            `json:"score"`
	Areas map[string]int `json:"areas"`
}
