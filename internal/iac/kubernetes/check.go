package kubernetes

import (
	"github.com/vigil-sec/vigil/internal/iac/kubernetes/manifest"
	"github.com/vigil-sec/vigil/internal/rule"
)

// check is one rule and its test. Exactly one of the test functions is set: per container, per pod
// (any workload kind), per object, or over the whole set (graph rules).
type check struct {
	rule      *rule.Rule
	container func(c *manifest.Container, r *reporter)
	pod       func(p *manifest.Pod, r *reporter)
	object    func(o *manifest.Object, r *reporter)
	set       func(s *manifest.Set, r *reporter)
}

// hit is one finding before it becomes a finding.Finding: which object, which line, what about.
type hit struct {
	rule    *rule.Rule
	object  *manifest.Object
	line    int
	subject string
	message string
}

// reporter collects the hits of one check.
type reporter struct {
	rule *rule.Rule
	hits []hit
}

// at reports a problem of object o at line (zero means the object's start).
func (r *reporter) at(o *manifest.Object, line int, subject, message string) {
	if line == 0 {
		line = o.Line
	}
	r.hits = append(r.hits, hit{rule: r.rule, object: o, line: line, subject: subject, message: message})
}

// container reports a problem of container c at line (zero means the container's start).
func (r *reporter) container(c *manifest.Container, line int, message string) {
	if line == 0 {
		line = c.Line()
	}
	r.at(c.Pod.Object, line, c.Subject(), message)
}

// index is the set with its pods and containers listed once for all checks.
type index struct {
	set        *manifest.Set
	pods       []*manifest.Pod
	containers []*manifest.Container
}

func newIndex(s *manifest.Set) *index {
	ix := &index{set: s, pods: s.Pods()}
	for _, p := range ix.pods {
		ix.containers = append(ix.containers, p.Containers()...)
	}
	return ix
}

// run applies the check to the set.
func (c *check) run(ix *index) []hit {
	r := &reporter{rule: c.rule}
	switch {
	case c.set != nil:
		c.set(ix.set, r)
	case c.object != nil:
		for _, o := range ix.set.Objects {
			c.object(o, r)
		}
	case c.pod != nil:
		for _, p := range ix.pods {
			c.pod(p, r)
		}
	case c.container != nil:
		for _, ct := range ix.containers {
			c.container(ct, r)
		}
	}
	return r.hits
}
