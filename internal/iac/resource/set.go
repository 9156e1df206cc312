package resource

import (
	"cmp"
	"slices"
	"strings"
)

// Set is every resource of a review, from every source, in a stable order (path, line, address).
type Set struct {
	Resources []*Resource
	byType    map[string][]*Resource
	byAddr    map[rootAddr]*Resource
	pos       map[*Resource]int
}

type rootAddr struct{ root, addr string }

// NewSet indexes resources; it keeps the slice in its stable order.
func NewSet(rs ...*Resource) *Set {
	s := &Set{Resources: slices.Clone(rs)}
	slices.SortStableFunc(s.Resources, func(a, b *Resource) int {
		return cmp.Or(strings.Compare(a.Range.Path, b.Range.Path), cmp.Compare(a.Range.StartLine, b.Range.StartLine),
			strings.Compare(a.Root, b.Root), strings.Compare(a.Address, b.Address))
	})
	s.byType = map[string][]*Resource{}
	s.byAddr = map[rootAddr]*Resource{}
	s.pos = map[*Resource]int{}
	for i, r := range s.Resources {
		s.pos[r] = i
		s.byType[r.Type] = append(s.byType[r.Type], r)
		s.byAddr[rootAddr{r.Root, r.Address}] = r
	}
	return s
}

// Len is the number of resources.
func (s *Set) Len() int { return len(s.Resources) }

// OfType returns the managed resources (not data sources) of the given types, in set order.
func (s *Set) OfType(types ...string) []*Resource {
	var out []*Resource
	for _, t := range types {
		for _, r := range s.byType[t] {
			if !r.Data {
				out = append(out, r)
			}
		}
	}
	if len(types) > 1 {
		s.sortLike(out)
	}
	return out
}

// DataOfType returns the Terraform data sources of the given types.
func (s *Set) DataOfType(types ...string) []*Resource {
	var out []*Resource
	for _, t := range types {
		for _, r := range s.byType[t] {
			if r.Data {
				out = append(out, r)
			}
		}
	}
	s.sortLike(out)
	return out
}

func (s *Set) sortLike(rs []*Resource) {
	slices.SortFunc(rs, func(a, b *Resource) int { return cmp.Compare(s.pos[a], s.pos[b]) })
}

// Lookup finds a resource by root and address.
func (s *Set) Lookup(root, address string) *Resource { return s.byAddr[rootAddr{root, address}] }

// Targets returns the resources that v was computed from, in v's root.
func (s *Set) Targets(from *Resource, v *Value) []*Resource {
	if v == nil {
		return nil
	}
	var out []*Resource
	for _, ref := range v.Refs {
		if t := s.Lookup(from.Root, ref); t != nil {
			out = append(out, t)
		}
	}
	return out
}

// Join describes how resources of one type point at another: Attr (a path in the referrer) holds a
// reference to the target or, when written as a literal, the target's NameAttr value (for example a
// bucket name). With NameAttr empty only references count.
type Join struct {
	Types    []string
	Attr     []string
	NameAttr []string
}

// Referrers returns the resources (of j.Types, in the target's root) whose j.Attr points at
// target: by reference, or by a literal equal to the target's known j.NameAttr value. This joins
// the AWS provider v4 split S3 resources (aws_s3_bucket_versioning.bucket) to their bucket, a
// CloudFormation BucketPolicy's Bucket to its bucket, a DNSSEC config to its zone.
func (s *Set) Referrers(target *Resource, j Join) []*Resource {
	var name string
	if len(j.NameAttr) > 0 {
		name, _ = target.Get(j.NameAttr...).AsString()
	}
	var out []*Resource
	for _, r := range s.OfType(j.Types...) {
		if r.Root != target.Root {
			continue
		}
		v := r.Get(j.Attr...)
		if v == nil {
			continue
		}
		if slices.Contains(v.Refs, target.Address) {
			out = append(out, r)
			continue
		}
		if name != "" && len(v.Refs) == 0 {
			if s, ok := v.AsString(); ok && s == name {
				out = append(out, r)
			}
		}
	}
	return out
}

// MayReferTo reports whether some resource of the given types could be joined to target but its
// join attribute is unknown and names no resource: then the absence of a join proves nothing.
func (s *Set) MayReferTo(target *Resource, j Join) bool {
	for _, r := range s.OfType(j.Types...) {
		if r.Root != target.Root {
			continue
		}
		if v := r.Get(j.Attr...); v.IsUnknown() && len(v.Refs) == 0 {
			return true
		}
	}
	return false
}
