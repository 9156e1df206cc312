package triage

import (
	"fmt"

	"github.com/vigil-sec/vigil/internal/finding"
)

// Group merges findings of one rule that share a root cause into one finding with many places: the
// same fingerprint (one secret in many files) or the same RootCause set by the rule (a module
// instantiated many times, one unpinned action in many workflows). Sharing a line is not enough:
// different advisories of one package sit on the same line and are different problems. Findings only group with others in the same triage state
// (suppressed the same way, new or known to the baseline). The first finding in report order leads;
// the others become its Instances. No finding is lost: the sum of Occurrences equals len(fs).
func Group(fs []finding.Finding) []finding.Finding {
	parent := make([]int, len(fs))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(a, b int) {
		ra, rb := find(a), find(b)
		if ra == rb {
			return
		}
		if rb < ra {
			ra, rb = rb, ra
		}
		parent[rb] = ra // the earlier finding leads
	}
	first := map[string]int{}
	link := func(i int, key string) {
		if j, ok := first[key]; ok {
			union(j, i)
		} else {
			first[key] = i
		}
	}
	for i := range fs {
		f := &fs[i]
		state := triageState(f)
		link(i, fmt.Sprintf("fp\x00%s\x00%s\x00%s", f.RuleID, state, f.Fingerprint))
		if f.RootCause != "" {
			link(i, fmt.Sprintf("rc\x00%s\x00%s\x00%s", f.RuleID, state, f.RootCause))
		}
	}
	leader := map[int]int{} // root -> index in out
	out := make([]finding.Finding, 0, len(fs))
	for i := range fs {
		r := find(i)
		if r == i {
			leader[i] = len(out)
			out = append(out, fs[i])
			continue
		}
		g := &out[leader[r]]
		g.Instances = append(g.Instances, finding.Instance{Location: fs[i].Location, Subject: fs[i].Subject, Fingerprint: fs[i].Fingerprint})
		g.Instances = append(g.Instances, fs[i].Instances...)
	}
	return out
}

func triageState(f *finding.Finding) string {
	s := f.BaselineState
	if f.Suppression != nil {
		s += "/" + f.Suppression.Kind + "/" + f.Suppression.Source
	}
	return s
}
