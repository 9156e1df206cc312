package githubactions

import (
	"strings"

	"github.com/vigil-sec/vigil/internal/pipeline/ynode"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var cachePoisoning = &rule.Rule{
	ID: "pipeline/cache-poisoning", Area: finding.Pipeline, Severity: finding.Medium,
	Title: "Build cache shared between untrusted runs and releases",
	Description: "GitHub Actions caches are shared across workflows of a branch scope. A release or publishing " +
		"workflow that restores a cache builds with whatever a less trusted run stored there, and a " +
		"`pull_request_target` or `workflow_run` workflow writes caches in the base branch's scope, which " +
		"release builds then restore. Poisoned dependencies or tools end up in the released artifact.",
	Remediation: "Do not use caches (actions/cache, `cache:` of setup-* actions) in release and publishing " +
		"workflows, and never in workflows that run pull request code with base-branch privileges.",
}

// cacheStep returns a description of a step's cache use, or "".
func cacheStep(s *Step) string {
	a := s.Action()
	switch {
	case a.Is("actions/cache", "actions/cache/restore"):
		return a.Name()
	case strings.HasPrefix(a.Name(), "actions/setup-"):
		if v, ok := Get(s.With, "cache"); ok && v.Value != "" && v.Value != "false" {
			return a.Name() + " with cache: " + v.Value
		}
		if a.Is("actions/setup-go") {
			if v, ok := Get(s.With, "cache"); !ok || v.Value != "false" {
				if SHA(a.Ref) || a.Ref == "" || !VersionLess(a.Ref, "v4") {
					return a.Name() + " (caches by default)"
				}
			}
		}
	}
	return ""
}

// releaseWorkflow reports whether the workflow publishes: it runs on release or tag pushes.
func releaseWorkflow(w *Workflow) bool {
	if w.HasTrigger("release") {
		return true
	}
	if t, ok := w.Trigger("push"); ok && t.Config != nil {
		if ynode.Get(t.Config, "tags") != nil {
			return true
		}
	}
	return false
}

func checkCachePoisoning(c *Context) {
	w := c.W
	var why string
	switch {
	case releaseWorkflow(w):
		why = "this release workflow restores a cache that other runs may have written"
	case w.HasTrigger(privilegedTriggers...):
		why = "this " + strings.Join(triggerNames(w), "/") + " workflow writes a cache in the base branch's scope"
	default:
		return
	}
	for _, j := range w.Jobs {
		for _, s := range j.Steps {
			if what := cacheStep(s); what != "" {
				c.Report(cachePoisoning, s.Line, 0, subjectOf(j, s, "cache"), "job "+j.ID+" uses "+what+"; "+why)
			}
		}
	}
}
