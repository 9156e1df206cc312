package jobrules

import (
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var goInstallLatest = &rule.Rule{
	ID: "pipeline/go-install-latest", Area: finding.Pipeline, Severity: finding.Medium,
	Title: "Go tool installed at @latest or a branch",
	Description: "`go install module@latest` (or `@main`, `@master`) builds whatever the module's newest " +
		"version or branch head is at build time; a compromised release or branch runs in the build.",
	Remediation: "Install a pinned version (`go install example.com/tool@v1.2.3`), or track the tool in " +
		"go.mod with a `tool` directive so go.sum verifies it.",
}

func checkGoInstallLatest(j *Job, report func(finding.Finding)) {
	for _, c := range j.Commands() {
		if c.Name != "go" || len(c.Rest) == 0 || (c.Rest[0] != "install" && c.Rest[0] != "get" && c.Rest[0] != "run") {
			continue
		}
		for _, a := range Positional(c.Rest[1:]) {
			_, ver, ok := strings.Cut(a, "@")
			if ok && (ver == "latest" || ver == "main" || ver == "master" || ver == "HEAD") {
				report(goInstallLatest.Finding(at(c.Script.Path, c.Line), subject(j, c.Script.Step, a),
					"job "+j.Job.ID+" runs `go "+c.Rest[0]+" "+a+"`, an unpinned version"))
			}
		}
	}
}
