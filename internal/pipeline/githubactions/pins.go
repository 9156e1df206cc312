package githubactions

import (
	"regexp"
	"strings"
)

// UsesRef is one `uses:` reference of a step or a job, with its pin comment.
type UsesRef struct {
	Action  Action
	Value   Str
	Job     *Job
	Step    *Step // nil for a reusable workflow call
	Comment string
}

// Uses lists every remote `uses:` of the workflow (steps and reusable workflow calls), computed once.
func (w *Workflow) Uses() []UsesRef {
	if w.uses == nil {
		w.uses = w.collectUses()
	}
	return w.uses
}

func (w *Workflow) collectUses() []UsesRef {
	n := 0
	for _, j := range w.Jobs {
		if j.Uses.Value != "" {
			n++
		}
		for _, s := range j.Steps {
			if s.Uses.Value != "" {
				n++
			}
		}
	}
	out := make([]UsesRef, 0, n)
	for _, j := range w.Jobs {
		if j.Uses.Value != "" {
			if a := ParseUses(j.Uses.Value); !a.Local {
				out = append(out, UsesRef{Action: a, Value: j.Uses, Job: j, Comment: comment(j.Uses)})
			}
		}
		for _, s := range j.Steps {
			if s.Uses.Value == "" {
				continue
			}
			if a := s.Action(); !a.Local && !a.Docker {
				out = append(out, UsesRef{Action: a, Value: s.Uses, Job: j, Step: s, Comment: comment(s.Uses)})
			}
		}
	}
	return out
}

func comment(s Str) string {
	if s.Node == nil {
		return ""
	}
	c := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s.Node.LineComment), "#"))
	// A second comment on the line ("# v4.2.2 # reviewed") is not part of the version.
	if i := strings.Index(c, "#"); i >= 0 {
		c = strings.TrimSpace(c[:i])
	}
	return c
}

var versionRe = regexp.MustCompile(`v?\d+(\.\d+){0,2}([-+][0-9A-Za-z.-]+)?`)

// CommentVersion extracts the version a pin comment claims ("v4.1.1" from "# v4.1.1",
// "# tag=v4.1.1", "# ratchet:actions/checkout@v4", "# pin @v4"), or "".
func CommentVersion(c string) string {
	if c == "" {
		return ""
	}
	if i := strings.LastIndexAny(c, "@="); i >= 0 {
		c = c[i+1:]
	}
	fields := strings.Fields(c)
	for _, f := range fields {
		if m := versionRe.FindString(f); m != "" && m == strings.TrimSuffix(f, ",") {
			return m
		}
	}
	return ""
}

// movingRefs are comment words that name a branch or a moving tag rather than a release.
var movingRefs = map[string]bool{"main": true, "master": true, "latest": true, "head": true, "develop": true, "dev": true,
	"trunk": true, "stable": true, "nightly": true, "release": true, "edge": true, "canary": true}

// CommentMovingRef returns the branch-like word a pin comment names, or "".
func CommentMovingRef(c string) string {
	if i := strings.LastIndexAny(c, "@="); i >= 0 {
		c = c[i+1:]
	}
	f := strings.Fields(c)
	if len(f) == 1 && movingRefs[strings.ToLower(f[0])] {
		return f[0]
	}
	return ""
}

// compatibleVersions reports whether two claimed versions can name the same release: equal, or one
// a prefix of the other at a dot boundary (v4 and v4.1.1).
func compatibleVersions(a, b string) bool {
	a, b = strings.TrimPrefix(a, "v"), strings.TrimPrefix(b, "v")
	if a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	return strings.HasPrefix(b, a+".")
}
