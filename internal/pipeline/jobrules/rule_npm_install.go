package jobrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var npmInstall = &rule.Rule{
	ID: "pipeline/npm-install-not-ci", Area: finding.Pipeline, Severity: finding.Low,
	Title: "Dependencies installed without the lockfile being enforced",
	Description: "`npm install` (and `yarn install` without `--frozen-lockfile` or `--immutable`) may resolve " +
		"versions other than the lockfile's and rewrite it, so the build can pull a release that nobody " +
		"reviewed.",
	Remediation: "Use `npm ci` (or `yarn install --frozen-lockfile` / `yarn install --immutable`, " +
		"`pnpm install --frozen-lockfile`) in CI.",
}

func checkNpmInstall(j *Job, report func(finding.Finding)) {
	for _, c := range j.Commands() {
		var what string
		switch c.Name {
		case "npm":
			if len(c.Rest) > 0 && (c.Rest[0] == "install" || c.Rest[0] == "i") && len(Positional(c.Rest[1:], "--prefix", "--registry")) == 0 {
				what = "npm install"
			}
		case "yarn":
			if (len(c.Rest) == 0 || c.Rest[0] == "install") && !HasFlag(c.Rest, "--frozen-lockfile", "--immutable", "--pure-lockfile") {
				what = "yarn install"
			}
		}
		if what != "" {
			report(npmInstall.Finding(at(c.Script.Path, c.Line), subject(j, c.Script.Step, what),
				"job "+j.Job.ID+" runs `"+what+"`, which does not enforce the lockfile"))
		}
	}
}
