package runtime

import (
	"slices"
	"strings"

	"github.com/vigil-sec/vigil/internal/iac/resource"
)

// via is one way resources point at a target: the attribute path in the referrer (every value it
// reaches through lists counts) and the target's name attributes a literal may spell instead of a
// reference (a bucket name, a topic name).
type via struct {
	types []string
	attr  []string
	names []string
}

// names returns the known values of a resource's name attributes.
func names(r *resource.Resource, attrs []string) (known []string, unknown bool) {
	for _, a := range attrs {
		v := r.Get(a)
		if s, ok := v.AsString(); ok && s != "" {
			known = append(known, s)
		} else if v.IsUnknown() {
			unknown = true
		}
	}
	return known, unknown
}

// literalNames returns the spellings a literal may use for a name: itself and, for an ARN or a
// path, its last segment.
func literalNames(s string) []string {
	out := []string{s}
	if i := strings.LastIndexAny(s, ":/"); i >= 0 && i+1 < len(s) {
		out = append(out, s[i+1:])
	}
	if strings.HasPrefix(s, "arn:") {
		// arn:aws:logs:region:account:log-group:NAME:* names the group before the last ":*".
		parts := strings.Split(s, ":")
		if len(parts) >= 7 {
			out = append(out, parts[6])
		}
	}
	return out
}

// referrers returns the resources (in target's root) that point at target along one of the ways.
// unsure is true when a resource of those types points somewhere through an unknown value that
// names no resource, or through a literal while target's name is unknown: then the absence of a
// referrer proves nothing.
func (p *pass) referrers(target *resource.Resource, ways ...via) (out []*resource.Resource, unsure bool) {
	for _, w := range ways {
		own, nameUnknown := names(target, w.names)
		for _, r := range p.set.OfType(w.types...) {
			if r.Root != target.Root || slices.Contains(out, r) {
				continue
			}
			for _, v := range r.All(w.attr...) {
				if points, maybe := pointsAt(v, target, own, nameUnknown); points {
					out = append(out, r)
					break
				} else if maybe {
					unsure = true
				}
			}
		}
	}
	return out, unsure
}

// pointsAt reports whether a value names target; maybe is set when it cannot be told.
func pointsAt(v *resource.Value, target *resource.Resource, own []string, nameUnknown bool) (points, maybe bool) {
	if v == nil {
		return false, false
	}
	if slices.Contains(v.Refs, target.Address) {
		return true, false
	}
	if len(v.Refs) > 0 {
		return false, false
	}
	if v.IsUnknown() {
		return false, true
	}
	s, ok := v.AsString()
	if !ok || s == "" {
		return false, false
	}
	for _, n := range literalNames(s) {
		if slices.Contains(own, n) {
			return true, false
		}
	}
	return false, nameUnknown
}

// targets returns the resources of the types (in from's root) that the value names, by reference
// or by a literal equal to one of their name attributes. external is true when the value names
// something the set does not define (an ARN of another stack, a variable).
func (p *pass) targets(from *resource.Resource, v *resource.Value, types []string, nameAttrs ...string) (out []*resource.Resource, external bool) {
	for _, x := range v.Elements() {
		found := false
		for _, t := range p.set.OfType(types...) {
			if t.Root != from.Root || slices.Contains(out, t) {
				continue
			}
			own, nameUnknown := names(t, nameAttrs)
			if points, _ := pointsAt(x, t, own, nameUnknown); points {
				out = append(out, t)
				found = true
			}
		}
		if !found {
			external = true
		}
	}
	return out, external
}

// anyRef reports whether a value refers to a resource of one of the types (by reference only).
func (p *pass) anyRef(from *resource.Resource, v *resource.Value, types ...string) bool {
	for _, t := range p.set.Targets(from, v) {
		if slices.Contains(types, t.Type) {
			return true
		}
	}
	return false
}

// isTrue is a known true (or "true").
func isTrue(v *resource.Value) bool { b, ok := v.AsBool(); return ok && b }

// isFalse is a known false (or "false").
func isFalse(v *resource.Value) bool { b, ok := v.AsBool(); return ok && !b }

// str returns a known string, or "".
func str(v *resource.Value) string { s, _ := v.AsString(); return s }

// strIs reports whether a value is a known string equal to one of values, ignoring case.
func strIs(v *resource.Value, values ...string) bool {
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

// emptyList reports whether a value is set to a known empty list.
func emptyList(v *resource.Value) bool {
	return v != nil && v.Kind == resource.List && len(v.Items) == 0
}

// absentOrEmpty reports whether a value is absent, null or a known empty list or string.
func absentOrEmpty(v *resource.Value) bool {
	if v.IsNull() || emptyList(v) {
		return true
	}
	s, ok := v.AsString()
	return ok && v.Kind == resource.String && strings.TrimSpace(s) == ""
}
