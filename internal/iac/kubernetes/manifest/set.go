package manifest

import (
	"cmp"
	"slices"
	"strings"
	"sync"
)

// Set is every Kubernetes object of a review, shared set-wide by the "kubernetes" analyzer in its
// second phase. Objects are ordered by file, then position, and are read-only.
type Set struct {
	Objects []*Object

	byKey     map[string]*Object
	indexOnce sync.Once
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
	s.indexOnce.Do(func() {
		s.byKey = make(map[string]*Object, len(s.Objects))
		for _, o := range s.Objects {
			k := o.Kind + "\x00" + o.Namespace + "\x00" + o.Name
			if _, dup := s.byKey[k]; !dup {
				s.byKey[k] = o
			}
		}
	})
	return s.byKey[kind+"\x00"+namespace+"\x00"+name]
}
