package circleci

import (
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/pipeline/ynode"
	"github.com/vigil-sec/vigil/internal/rule"
)

var orbNotPinned = &rule.Rule{
	ID: "pipeline/circleci-orb-not-pinned", Area: finding.Pipeline, Severity: finding.Medium,
	Title: "CircleCI orb not pinned to an exact version",
	Description: "An orb referenced as `@volatile`, `@dev:...` or by a major or minor version only (`@5`, " +
		"`@5.1`) resolves to whatever its publisher released last. Orb code runs in the job with its " +
		"contexts and environment variables.",
	Remediation: "Pin every orb to an exact semantic version (`circleci/node@5.2.0`) and update it deliberately.",
}

var exactOrb = regexp.MustCompile(`^\d+\.\d+\.\d+$`)

// Check runs the CircleCI rules over a parsed configuration.
func Check(path string, root *yaml.Node, report func(finding.Finding)) {
	for _, p := range ynode.Pairs(ynode.Get(root, "orbs")) {
		if !ynode.IsScalar(p.Value) {
			continue // an inline orb
		}
		ref := p.Value.Value
		name, ver, _ := strings.Cut(ref, "@")
		if exactOrb.MatchString(ver) {
			continue
		}
		why := "has no version"
		if ver != "" {
			why = "is at " + ver + ", not an exact version"
		}
		report(orbNotPinned.Finding(finding.Location{Path: path, StartLine: p.Value.Line, StartColumn: p.Value.Column}, name,
			"orb "+name+" "+why))
	}
}
