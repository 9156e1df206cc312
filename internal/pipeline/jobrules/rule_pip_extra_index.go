package jobrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var pipExtraIndex = &rule.Rule{
	ID: "pipeline/pip-extra-index-url", Area: finding.Pipeline, Severity: finding.Medium,
	Title: "Private package index used with a public fallback (dependency confusion)",
	Description: "`--extra-index-url` (or PIP_EXTRA_INDEX_URL / UV_EXTRA_INDEX_URL) makes pip consult the public " +
		"index beside the private one and take the highest version from either, so anyone can publish an " +
		"internal package's name on PyPI with a higher version and have it installed in the build.",
	Remediation: "Use a single `--index-url` that proxies the public index and serves internal names only " +
		"from the private repository, or pin every internal package with hashes.",
	References: []string{"https://medium.com/@alex.birsan/dependency-confusion-4a5d60fec610"},
}

func checkPipExtraIndex(j *Job, report func(finding.Finding)) {
	for _, c := range j.Commands() {
		args, ok := pipInstallArgs(c)
		if ok && HasFlag(args, "--extra-index-url") {
			report(pipExtraIndex.Finding(at(c.Script.Path, c.Line), subject(j, c.Script.Step, "--extra-index-url"),
				"job "+j.Job.ID+" installs with --extra-index-url, which lets the public index shadow private packages"))
		}
	}
	for _, v := range j.Job.Variables {
		if v.Name == "PIP_EXTRA_INDEX_URL" || v.Name == "UV_EXTRA_INDEX_URL" {
			report(pipExtraIndex.Finding(at(v.Path, v.Line), subject(j, v.Name),
				"job "+j.Job.ID+" sets "+v.Name+", which lets the public index shadow private packages"))
		}
	}
}
