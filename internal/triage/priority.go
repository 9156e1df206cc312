package triage

import (
	"cmp"
	"fmt"
	"path"
	"regexp"
	"slices"
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
)

// Priority bases by severity; raises and drops adjust them within 0-100.
var priorityBase = map[finding.Severity]int{
	finding.Critical: 90, finding.High: 70, finding.Medium: 50, finding.Low: 30, finding.Info: 10,
}

var (
	// exposureRule names rules whose findings make something reachable from outside: public access,
	// open ingress, untrusted code in a pipeline.
	exposureRule = regexp.MustCompile(`public|open|exposed|world|anonymous|unrestricted|internet|all-ports|` +
		`0-0-0-0|ingress|no-auth|without-auth|unauthenticated|all-users|pull-request-target|fork|untrusted|injection`)
	// sensitiveRule names rules whose findings concern data or credentials at risk.
	sensitiveRule = regexp.MustCompile(`unencrypted|encryption|plaintext|secret|password|credential|backup|snapshot|sensitive`)
	testPath      = regexp.MustCompile(`(^|/)(test|tests|testdata|testing|__tests__|spec|specs|fixtures?|mocks?|examples?|samples?)(/|$)|(_test|\.test|\.spec|_spec)\.[a-z]+$`)
)

// traits remembers, per rule id and per path, what the name patterns say: a review has hundreds of
// thousands of findings but a few hundred rules and far fewer paths, and the patterns cost more
// than the rest of prioritizing.
type traits struct {
	rules map[string][2]bool // exposing, sensitive
	tests map[string]bool
}

func (t *traits) rule(f *finding.Finding) (exposing, sensitive bool) {
	r, ok := t.rules[f.RuleID]
	if !ok {
		r = [2]bool{exposureRule.MatchString(f.RuleID), sensitiveRule.MatchString(f.RuleID)}
		t.rules[f.RuleID] = r
	}
	return r[0], r[1] || f.Area == finding.Secrets
}

func (t *traits) testPath(p string) bool {
	v, ok := t.tests[p]
	if !ok {
		v = testPath.MatchString(strings.ToLower(p))
		t.tests[p] = v
	}
	return v
}

// Prioritize sets Priority and PriorityReasons on grouped findings. It raises what is exposed and
// sensitive together (the same resource is public and unencrypted; a secret in a pipeline that runs
// untrusted code), live credentials and wide spread; it lowers test paths and low confidence.
func Prioritize(fs []finding.Finding) {
	type place struct{ path, subject string }
	exposedBy := map[place]string{}
	exposedFile := map[string]string{}
	sensitiveBy := map[place]string{}
	t := &traits{rules: map[string][2]bool{}, tests: map[string]bool{}}
	for i := range fs {
		f := &fs[i]
		if f.Suppressed() {
			continue
		}
		p := place{f.Location.Path, f.Subject}
		exposing, sensitive := t.rule(f)
		if exposing {
			exposedBy[p] = f.RuleID
			if f.Area == finding.Pipeline {
				exposedFile[f.Location.Path] = f.RuleID
			}
		}
		if sensitive {
			sensitiveBy[p] = f.RuleID
		}
	}
	for i := range fs {
		f := &fs[i]
		exposing, sensitive := t.rule(f)
		pr := priorityBase[f.Severity]
		var why []string
		p := place{f.Location.Path, f.Subject}
		if f.Subject != "" {
			if other, ok := sensitiveBy[p]; ok && exposing && other != f.RuleID {
				pr += 15
				why = append(why, fmt.Sprintf("exposed and holding data at risk (%s on the same resource)", other))
			} else if other, ok := exposedBy[p]; ok && sensitive && other != f.RuleID {
				pr += 15
				why = append(why, fmt.Sprintf("data at risk on an exposed resource (%s)", other))
			}
		}
		if f.Area == finding.Secrets {
			if other, ok := exposedFile[f.Location.Path]; ok {
				pr += 15
				why = append(why, fmt.Sprintf("in a pipeline that runs untrusted code (%s)", other))
			}
		}
		if f.Properties["verified"] == "live" {
			pr += 20
			why = append(why, "the credential is live")
		}
		if n := f.Occurrences(); n > 1 {
			pr += min(10, n)
			why = append(why, fmt.Sprintf("seen in %d places", n))
		}
		if t.testPath(f.Location.Path) {
			pr -= 20
			why = append(why, "in a test or example path")
		}
		switch f.Confidence {
		case finding.ConfidenceLow:
			pr -= 15
			why = append(why, "low confidence")
		case finding.ConfidenceMedium:
			pr -= 5
		}
		f.Priority = max(0, min(100, pr))
		f.PriorityReasons = why
	}
}

// FixFirst returns up to n active findings with the highest priority, most urgent first.
func FixFirst(fs []finding.Finding, n int) []finding.Finding {
	var active []int // indices: sorting whole findings would copy every one of them
	for i := range fs {
		if !fs[i].Suppressed() {
			active = append(active, i)
		}
	}
	slices.SortStableFunc(active, func(a, b int) int {
		return cmp.Or(cmp.Compare(fs[b].Priority, fs[a].Priority), cmp.Compare(fs[b].Severity, fs[a].Severity))
	})
	out := make([]finding.Finding, 0, min(n, len(active)))
	for _, i := range active[:min(n, len(active))] {
		out = append(out, fs[i])
	}
	return out
}

// IsTestPath reports whether a path looks like a test, fixture or example.
func IsTestPath(p string) bool { return testPath.MatchString(strings.ToLower(path.Clean(p))) }
