package jobrules

import (
	"slices"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var curlPipeShell = &rule.Rule{
	ID: "pipeline/curl-pipe-shell", Area: finding.Pipeline, Severity: finding.High,
	Title: "Remote script piped into a shell",
	Description: "The build downloads a script and runs it at once (`curl ... | bash`, `bash <(curl ...)`). " +
		"Whoever controls the server, the DNS or the network path runs code in the build with its secrets, " +
		"and nothing records what ran.",
	Remediation: "Download the script to a file, verify it against a pinned checksum or signature, then run " +
		"it; better, install the tool from a pinned, verified package or a pinned action.",
	References: []string{"https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions"},
}

var downloaders = []string{"curl", "wget", "iwr", "Invoke-WebRequest", "fetch", "http", "aria2c"}
var interpreters = []string{"sh", "bash", "zsh", "dash", "ksh", "ash", "python", "python3", "perl", "ruby", "node", "php", "pwsh", "iex", "source", "."}

func checkCurlPipeShell(j *Job, report func(finding.Finding)) {
	for _, s := range j.Scripts {
		for _, pl := range s.Pipelines {
			from := -1
			for i, st := range pl.Stages {
				if from < 0 && slices.Contains(downloaders, st.Name) {
					from = i
				}
				if from >= 0 && i > from && slices.Contains(interpreters, st.Name) {
					report(curlPipeShell.Finding(at(s.Script.Path, st.Line), subject(j, s.Script.Step, pl.Stages[from].Name+"|"+st.Name),
						"job "+j.Job.ID+" pipes "+pl.Stages[from].Name+" output into "+st.Name))
					break
				}
			}
		}
		for _, c := range s.Commands {
			if !slices.Contains(interpreters, c.Name) {
				continue
			}
			for _, in := range c.Inner {
				if slices.Contains(downloaders, in) {
					report(curlPipeShell.Finding(at(s.Script.Path, c.Line), subject(j, s.Script.Step, in+"|"+c.Name),
						"job "+j.Job.ID+" runs "+c.Name+" on a script fetched by "+in))
					break
				}
			}
		}
	}
}
