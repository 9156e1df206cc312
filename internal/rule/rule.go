// Package rule holds rule metadata and the registry that `vigil rules`, the docs and SARIF read.
package rule

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
)

// Rule is the metadata of one check. Its ID never changes once released; a renamed rule keeps its
// old id in Aliases.
type Rule struct {
	ID          string           `json:"id"`
	Area        finding.Area     `json:"area"`
	Severity    finding.Severity `json:"severity"`
	Title       string           `json:"title"`
	Description string           `json:"description"`
	Remediation string           `json:"remediation"`
	References  []string         `json:"references,omitempty"`
	Aliases     []string         `json:"aliases,omitempty"`
	// Fallback marks a catch-all rule (the generic secret detector) whose finding is dropped where a
	// more specific rule of the same area reports at the same place.
	Fallback bool `json:"fallback,omitempty"`
	// Also names further areas the rule's findings concern: a CI token's scope is a pipeline finding
	// that the access summary points to.
	Also []finding.Area `json:"also,omitempty"`
}

var idPattern = regexp.MustCompile(`^(pipeline|dependencies|access|config|secrets|runtime)/[a-z0-9]+(-[a-z0-9]+)*$`)

// Validate checks the metadata: the id's form and area, a valid severity, a title, a description and
// a remediation.
func (r *Rule) Validate() error {
	if !idPattern.MatchString(r.ID) {
		return fmt.Errorf("rule %q: id must be area/slug in lower-case kebab form", r.ID)
	}
	if area, _, _ := strings.Cut(r.ID, "/"); area != string(r.Area) {
		return fmt.Errorf("rule %q: id is in area %q but the rule says %q", r.ID, area, r.Area)
	}
	if !r.Severity.Valid() {
		return fmt.Errorf("rule %q: no severity", r.ID)
	}
	if r.Title == "" || r.Description == "" || r.Remediation == "" {
		return fmt.Errorf("rule %q: title, description and remediation are all required", r.ID)
	}
	return nil
}

// Finding starts a finding of this rule with its metadata filled in.
func (r *Rule) Finding(loc finding.Location, subject, message string) finding.Finding {
	return finding.Finding{
		RuleID:      r.ID,
		Severity:    r.Severity,
		Area:        r.Area,
		Title:       r.Title,
		Message:     message,
		Location:    loc,
		Subject:     subject,
		Remediation: r.Remediation,
		Also:        r.Also,
	}
}

// Registry is the set of known rules, by id.
type Registry struct {
	byID    map[string]*Rule
	aliases map[string]string
	order   []*Rule
}

// NewRegistry validates rules and indexes them; a duplicate id or alias is an error.
func NewRegistry(rules ...*Rule) (*Registry, error) {
	reg := &Registry{byID: map[string]*Rule{}, aliases: map[string]string{}}
	for _, r := range rules {
		if err := r.Validate(); err != nil {
			return nil, err
		}
		if _, dup := reg.byID[r.ID]; dup {
			return nil, fmt.Errorf("rule %q is registered twice", r.ID)
		}
		reg.byID[r.ID] = r
		reg.order = append(reg.order, r)
	}
	for _, r := range rules {
		for _, a := range r.Aliases {
			if _, clash := reg.byID[a]; clash {
				return nil, fmt.Errorf("alias %q of rule %q is also a rule id", a, r.ID)
			}
			if prev, dup := reg.aliases[a]; dup {
				return nil, fmt.Errorf("alias %q is claimed by %q and %q", a, prev, r.ID)
			}
			reg.aliases[a] = r.ID
		}
	}
	slices.SortFunc(reg.order, func(a, b *Rule) int { return strings.Compare(a.ID, b.ID) })
	return reg, nil
}

// Lookup finds a rule by id or by a retired alias.
func (reg *Registry) Lookup(id string) (*Rule, bool) {
	if r, ok := reg.byID[id]; ok {
		return r, true
	}
	if to, ok := reg.aliases[id]; ok {
		return reg.byID[to], true
	}
	return nil, false
}

// All returns every rule sorted by id.
func (reg *Registry) All() []*Rule { return slices.Clone(reg.order) }

// Len is the number of rules.
func (reg *Registry) Len() int { return len(reg.order) }
