package manifest

import (
	"cmp"
	"slices"
	"strings"
)

// Set is every Kubernetes object of a review, shared set-wide by the "kubernetes" analyzer in its
// second phase. Objects are ordered by file, then position, and are read-only.
type Set struct {
	Objects []*Object
}

// NewSet orders objects deterministically and returns the set.
func NewSet(objs []*Object) *Set {
	slices.SortStableFunc(objs, func(a, b *Object) int {
		return cmp.Or(strings.Compare(a.File, b.File), cmp.Compare(a.Index, b.Index),
			strings.Compare(a.Origin, b.Origin), cmp.Compare(a.Line, b.Line))
	})
	return &Set{Objects: objs}
}

// OfKind returns the objects of the given kinds, in set order.
func (s *Set) OfKind(kinds ...string) []*Object {
	var out []*Object
	for _, o := range s.Objects {
		if slices.Contains(kinds, o.Kind) {
			out = append(out, o)
		}
	}
	return out
}

// Pods returns the pod view of every workload in the set.
func (s *Set) Pods() []*Pod {
	var out []*Pod
	for _, o := range s.Objects {
		if p, ok := o.Pod(); ok {
			out = append(out, p)
		}
	}
	return out
}

// Lookup finds an object by kind, namespace and name (namespace "" matches objects that leave it
// unset).
func (s *Set) Lookup(kind, namespace, name string) *Object {
	for _, o := range s.Objects {
		if o.Kind == kind && o.Name == name && o.Namespace == namespace {
			return o
		}
	}
	return nil
}
