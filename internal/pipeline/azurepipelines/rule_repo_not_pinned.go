package azurepipelines

import (
	"regexp"

	"gopkg.in/yaml.v3"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/pipeline/ynode"
	"github.com/vigil-sec/vigil/internal/rule"
)

var repoNotPinned = &rule.Rule{
	ID: "pipeline/azure-repository-not-pinned", Area: finding.Pipeline, Severity: finding.Medium,
	Title: "Azure Pipelines template repository not pinned to a commit",
	Description: "A repository resource used for templates is referenced by branch, by tag or not at all " +
		"(the default branch). Whoever can push to that repository changes the steps this pipeline runs, with " +
		"its service connections and secrets.",
	Remediation: "Set `ref:` to a full commit SHA (or a protected tag whose repository requires approval) for " +
		"every repository resource that provides templates.",
}

var commitSHA = regexp.MustCompile(`^[0-9a-f]{40}$`)

// Check runs the Azure Pipelines rules over a parsed pipeline.
func Check(path string, root *yaml.Node, report func(finding.Finding)) {
	for _, r := range ynode.Items(ynode.Get(ynode.Get(root, "resources"), "repositories")) {
		alias := ynode.Scalar(ynode.Get(r, "repository"))
		name := ynode.Scalar(ynode.Get(r, "name")).Value
		ref := ynode.Scalar(ynode.Get(r, "ref"))
		if commitSHA.MatchString(ref.Value) || name == "" {
			continue
		}
		line, why := alias.Line, "follows the default branch"
		if ref.Valid() {
			line, why = ref.Line, "is at "+ref.Value+", not a commit SHA"
		}
		report(repoNotPinned.Finding(finding.Location{Path: path, StartLine: line}, alias.Value+":"+name,
			"repository resource "+alias.Value+" ("+name+") "+why))
	}
}
