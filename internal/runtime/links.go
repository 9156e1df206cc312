package runtime

import (
	"cmp"
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
		idx := p.refIndex(w)
		out = append(out, idx.byRef[rootKey{target.Root, target.Address}]...)
		own, nameUnknown := names(target, w.names)
		for _, n := range own {
			out = append(out, idx.byName[rootKey{target.Root, n}]...)
		}
		unsure = unsure || idx.unknown[target.Root] || nameUnknown && idx.literal[target.Root]
	}
	return p.inSetOrder(out), unsure
}

// rootKey is a name (an address, a literal) within a configuration root.
type rootKey struct{ root, name string }

// wayIndex indexes the resources of one way by what their attribute names.
type wayIndex struct {
	byRef   map[rootKey][]*resource.Resource // by the address they refer to
	byName  map[rootKey][]*resource.Resource // by each spelling of the literal they hold
	unknown map[string]bool                  // roots where one holds an unknown that names nothing
	literal map[string]bool                  // roots where one holds a literal
}

// refIndex builds (once per pass) the index of a way.
func (p *pass) refIndex(w via) *wayIndex {
	key := strings.Join(w.types, ",") + "\x00" + strings.Join(w.attr, ".")
	if idx, ok := p.indexes[key]; ok {
		return idx
	}
	idx := &wayIndex{byRef: map[rootKey][]*resource.Resource{}, byName: map[rootKey][]*resource.Resource{},
		unknown: map[string]bool{}, literal: map[string]bool{}}
	for _, r := range p.set.OfType(w.types...) {
		seen := map[rootKey]bool{}
		add := func(m map[rootKey][]*resource.Resource, k rootKey) {
			if !seen[k] {
				seen[k] = true
				m[k] = append(m[k], r)
			}
		}
		for _, v := range r.All(w.attr...) {
			switch {
			case v == nil:
			case len(v.Refs) > 0:
				for _, ref := range v.Refs {
					add(idx.byRef, rootKey{r.Root, ref})
				}
			case v.IsUnknown():
				idx.unknown[r.Root] = true
			default:
				if s, ok := v.AsString(); ok && s != "" {
					idx.literal[r.Root] = true
					for _, n := range literalNames(s) {
						add(idx.byName, rootKey{r.Root, n})
					}
				}
			}
		}
	}
	p.indexes[key] = idx
	return idx
}

// inSetOrder sorts resources in the set's order (path, line, address) without duplicates.
func (p *pass) inSetOrder(rs []*resource.Resource) []*resource.Resource {
	slices.SortFunc(rs, func(a, b *resource.Resource) int {
		return cmp.Or(strings.Compare(a.Range.Path, b.Range.Path), cmp.Compare(a.Range.StartLine, b.Range.StartLine),
			strings.Compare(a.Root, b.Root), strings.Compare(a.Address, b.Address))
	})
	return slices.Compact(rs)
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
		for _, ref := range x.Refs {
			if t := p.set.Lookup(from.Root, ref); t != nil && !t.Data && slices.Contains(types, t.Type) {
				out, found = append(out, t), true
			}
		}
		if s, ok := x.AsString(); ok && len(x.Refs) == 0 && s != "" {
			byName := p.nameIndex(types, nameAttrs)
			for _, n := range literalNames(s) {
				if ts := byName[rootKey{from.Root, n}]; len(ts) > 0 {
					out, found = append(out, ts...), true
				}
			}
		}
		if !found {
			external = true
		}
	}
	return p.inSetOrder(out), external
}

// nameIndex indexes the resources of the types by the known values of their name attributes.
func (p *pass) nameIndex(types, attrs []string) map[rootKey][]*resource.Resource {
	key := strings.Join(types, ",") + "\x00" + strings.Join(attrs, ",")
	if m, ok := p.names[key]; ok {
		return m
	}
	m := map[rootKey][]*resource.Resource{}
	for _, t := range p.set.OfType(types...) {
		own, _ := names(t, attrs)
		for _, n := range slices.Compact(slices.Sorted(slices.Values(own))) {
			m[rootKey{t.Root, n}] = append(m[rootKey{t.Root, n}], t)
		}
	}
	p.names[key] = m
	return m
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
	return ok && slices.ContainsFunc(values, func(x string) bool { return strings.EqualFold(s, x) })
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
