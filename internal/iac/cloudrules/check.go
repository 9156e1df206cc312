package cloudrules

import (
	"fmt"
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/resource"
	"github.com/vigil-sec/vigil/internal/rule"
)

// expect is what one resource type's attribute must hold. Most rules are a few of these.
type expect struct {
	Types []string
	Path  []string
	// Bad says whether a known, present value is insecure. Unknown values are never judged.
	Bad func(v *resource.Value) bool
	// Message explains a bad value; %s is replaced by the value.
	Message string
	// Missing, when set, explains an absent attribute whose provider default is insecure; the
	// message says the default is relied on.
	Missing string
	// Skip exempts a resource (a replica that inherits encryption, a private zone ...).
	Skip func(c *Context, r *resource.Resource) bool
	// Each judges every value the path reaches through lists (every network interface, every
	// block device), not only a single one.
	Each bool
}

// attrCheck builds a check from expectations.
func attrCheck(rl *rule.Rule, exps ...expect) *Check {
	return &Check{Rule: rl, Run: func(c *Context) {
		for _, e := range exps {
			for _, r := range c.Set.OfType(e.Types...) {
				if e.Skip != nil && e.Skip(c, r) {
					continue
				}
				vals := []*resource.Value{r.Get(e.Path...)}
				if e.Each {
					if vals = r.All(e.Path...); len(vals) == 0 {
						vals = []*resource.Value{nil}
					}
				}
				for _, v := range vals {
					switch {
					case v.IsNull():
						if e.Missing != "" {
							c.Report(r, v, r.Label()+": "+e.Missing)
						}
					case v.IsUnknown():
					case e.Bad != nil && e.Bad(v):
						c.Report(r, v, r.Label()+": "+strings.ReplaceAll(e.Message, "%s", v.Text()))
					}
				}
			}
		}
	}}
}

// defaultNote is the wording every "insecure provider default" message shares.
func defaultNote(attr, def, effect string) string {
	return fmt.Sprintf("%s is not set, so the provider default (%s) is relied on: %s", attr, def, effect)
}

// isFalse is true for a known false (or "false").
func isFalse(v *resource.Value) bool { b, ok := v.AsBool(); return ok && !b }

// isTrue is true for a known true (or "true").
func isTrue(v *resource.Value) bool { b, ok := v.AsBool(); return ok && b }

// oneOf matches a known string among values, ignoring case.
func oneOf(values ...string) func(*resource.Value) bool {
	return func(v *resource.Value) bool {
		s, ok := v.AsString()
		if !ok {
			return false
		}
		for _, x := range values {
			if strings.EqualFold(s, x) {
				return true
			}
		}
		return false
	}
}

// notOneOf matches a known string that is none of values, ignoring case.
func notOneOf(values ...string) func(*resource.Value) bool {
	in := oneOf(values...)
	return func(v *resource.Value) bool {
		_, ok := v.AsString()
		return ok && !in(v)
	}
}

// emptyString matches a known empty string.
func emptyString(v *resource.Value) bool {
	s, ok := v.AsString()
	return ok && strings.TrimSpace(s) == ""
}

// numberBelow matches a known number below n.
func numberBelow(n float64) func(*resource.Value) bool {
	return func(v *resource.Value) bool { f, ok := v.AsNumber(); return ok && f < n }
}

// hasAttr reports whether a resource sets an attribute (to anything but null, unknown included).
func hasAttr(r *resource.Resource, path ...string) bool { return !r.Get(path...).IsNull() }

// known reports whether a resource's attribute is set and known to hold one of values.
func known(r *resource.Resource, path []string, values ...string) bool {
	v := r.Get(path...)
	return !v.IsUnknown() && !v.IsNull() && oneOf(values...)(v)
}

func newRule(id string, sev finding.Severity, title, desc, fix string, refs ...string) *rule.Rule {
	area, _, _ := strings.Cut(id, "/")
	return &rule.Rule{ID: id, Area: finding.Area(area), Severity: sev, Title: title, Description: desc, Remediation: fix, References: refs}
}

// joined reports, for a target and the resources of a join, whether some referrer satisfies ok;
// unknown is true when a referrer's decisive value is unknown, or when a resource of the join
// type names its target through an unknown value, so nothing can be concluded.
func joined(c *Context, target *resource.Resource, j resource.Join, ok func(r *resource.Resource) (good, known bool)) (good, unknown bool) {
	for _, r := range c.Set.Referrers(target, j) {
		g, k := ok(r)
		if !k {
			unknown = true
			continue
		}
		if g {
			return true, false
		}
	}
	return false, unknown || c.Set.MayReferTo(target, j)
}
