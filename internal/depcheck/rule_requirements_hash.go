package depcheck

import (
	"fmt"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/deps"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var ruleRequirementsHash = &rule.Rule{
	ID:       "dependencies/requirements-without-hash",
	Area:     finding.Dependencies,
	Severity: finding.Low,
	Title:    "Requirements file without --hash",
	Description: "pip verifies what it downloads only in hash-checking mode, which needs a `--hash` on every " +
		"requirement. A requirements file without hashes installs whatever the index (or anyone between it and " +
		"the build) serves for each version.",
	Remediation: "Generate the file with hashes (`pip-compile --generate-hashes`, `uv pip compile --generate-hashes`, " +
		"`pipenv requirements --hash`) and install with `pip install --require-hashes -r requirements.txt`.",
	References: []string{"https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode"},
}

// checkRequirementsHash reports a requirements file once, at its first requirement without a hash.
func checkRequirementsHash(p *analysis.FilePass, lf *deps.Lockfile) {
	if lf.Format != "requirements.txt" {
		return
	}
	var first *deps.Package
	missing, total := 0, 0
	for i := range lf.Packages {
		pk := &lf.Packages[i]
		if pk.SourceKind == deps.SourceLocal {
			continue
		}
		total++
		if pk.Integrity == "" {
			missing++
			if first == nil {
				first = pk
			}
		}
	}
	if first == nil {
		return
	}
	msg := fmt.Sprintf("%d of %d requirements have no --hash, starting with %s", missing, total, first.Name)
	if missing < total {
		msg += "; pip refuses a file where only some requirements are hashed"
	}
	p.Report(ruleRequirementsHash.Finding(finding.Location{StartLine: first.Line}, p.File.Path, msg))
}
