package runtime

import (
	"fmt"
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/resource"
	"github.com/vigil-sec/vigil/internal/iac/terraform"
	"github.com/vigil-sec/vigil/internal/rule"
)

// check is one rule and the code that applies it to the whole set.
type check struct {
	rule *rule.Rule
	run  func(p *pass)
}

// pass is what a check sees: the resource set, the Terraform files (for provider blocks), the
// workloads when known, and the way to report.
type pass struct {
	set *resource.Set
	tf  []*terraform.File
	// workloads are the Kubernetes workloads; workloadsKnown is false when the review holds
	// manifests that no model has read, so that their absence proves nothing.
	workloads      []Workload
	workloadsKnown bool
	inScope        func(string) bool
	rule           *rule.Rule

	findings []finding.Finding
	seen     map[string]bool
	// indexes and names cache the join indexes of the set (see links.go).
	indexes map[string]*wayIndex
	names   map[string]map[rootKey][]*resource.Resource
	roots   map[string]map[string][]*resource.Resource
}

func newPass(set *resource.Set, tf []*terraform.File, inScope func(string) bool) *pass {
	if inScope == nil {
		inScope = func(string) bool { return true }
	}
	return &pass{set: set, tf: tf, inScope: inScope, seen: map[string]bool{}, indexes: map[string]*wayIndex{},
		names: map[string]map[rootKey][]*resource.Resource{}, roots: map[string]map[string][]*resource.Resource{}}
}

// report records a finding of the current rule about r, at the value at (the resource itself when
// at is absent). fix is the snippet that mends this resource; empty keeps the rule's remediation.
// A resource inside a module is reported inside the module, with the module call as related.
func (p *pass) report(r *resource.Resource, at *resource.Value, msg, fix string) {
	f := p.rule.Finding(r.At(at), r.Address, msg)
	if len(r.Calls) > 0 {
		call := r.Calls[0].Range.Location()
		call.EndLine = 0
		call.Label = fmt.Sprintf("module %q is called here", r.Calls[0].Name)
		f.Related = []finding.Location{call}
	}
	p.add(f, fix)
}

// reportAt records a finding at a location that is not a resource (a provider block).
func (p *pass) reportAt(loc finding.Location, subject, msg, fix string, related ...finding.Location) {
	f := p.rule.Finding(loc, subject, msg)
	f.Related = related
	p.add(f, fix)
}

func (p *pass) add(f finding.Finding, fix string) {
	if f.Location.Path == "" || !p.inScope(f.Location.Path) {
		return
	}
	if fix != "" {
		f.Remediation = strings.TrimRight(fix, "\n")
	}
	key := fmt.Sprintf("%s\x00%s\x00%d\x00%s", f.RuleID, f.Location.Path, f.Location.StartLine, f.Subject)
	if p.seen[key] {
		return
	}
	p.seen[key] = true
	p.findings = append(p.findings, f)
}

// newRule builds rule metadata in the runtime area.
func newRule(slug string, sev finding.Severity, title, desc, fix string, refs ...string) *rule.Rule {
	return &rule.Rule{ID: "runtime/" + slug, Area: finding.Runtime, Severity: sev, Title: title,
		Description: desc, Remediation: fix, References: refs}
}
