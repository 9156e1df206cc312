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

func exposing(f *finding.Finding) bool { return exposureRule.MatchString(f.RuleID) }

func sensitive(f *finding.Finding) bool {
	return f.Area == finding.Secrets || sensitiveRule.MatchString(f.RuleID)
}

// Prioritize sets Priority and PriorityReasons on grouped findings. It raises what is exposed and
// sensitive together (the same resource is public and unencrypted; a secret in a pipeline that runs
// untrusted code), live credentials and wide spread; it lowers test paths and low confidence.
func Prioritize(fs []finding.Finding) {
	type place struct{ path, subject string }
	exposedBy := map[place]string{}
	exposedFile := map[string]string{}
	sensitiveBy := map[place]string{}
	for i := range fs {
		f := &fs[i]
		if f.Suppressed() {
			continue
		}
		p := place{f.Location.Path, f.Subject}
		if exposing(f) {
			exposedBy[p] = f.RuleID
			if f.Area == finding.Pipeline {
				exposedFile[f.Location.Path] = f.RuleID
			}
		}
		if sensitive(f) {
			sensitiveBy[p] = f.RuleID
		}
	}
	for i := range fs {
		f := &fs[i]
		pr := priorityBase[f.Severity]
		var why []string
		p := place{f.Location.Path, f.Subject}
		if f.Subject != "" {
			if other, ok := sensitiveBy[p]; ok && exposing(f) && other != f.RuleID {
				pr += 15
				why = append(why, fmt.Sprintf("exposed and holding data at risk (%s on the same resource)", other))
			} else if other, ok := exposedBy[p]; ok && sensitive(f) && other != f.RuleID {
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
		if testPath.MatchString(strings.ToLower(f.Location.Path)) {
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
	var active []finding.Finding
	for _, f := range fs {
		if !f.Suppressed() {
			active = append(active, f)
		}
	}
	slices.SortStableFunc(active, func(a, b finding.Finding) int {
		return cmp.Or(cmp.Compare(b.Priority, a.Priority), cmp.Compare(b.Severity, a.Severity))
	})
	return active[:min(n, len(active))]
}

// IsTestPath reports whether a path looks like a test, fixture or example.
func IsTestPath(p string) bool { return testPath.MatchString(strings.ToLower(path.Clean(p))) }
