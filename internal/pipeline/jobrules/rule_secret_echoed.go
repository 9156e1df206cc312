package jobrules

import (
	"slices"
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/pipeline/cimodel"
	"github.com/vigil-sec/vigil/internal/rule"
	"github.com/vigil-sec/vigil/internal/secretlike"
)

var secretEchoed = &rule.Rule{
	ID: "pipeline/secret-echoed", Area: finding.Pipeline, Severity: finding.Medium,
	Title: "Secret printed to the build log",
	Description: "The script echoes a secret (or a variable holding one) to standard output. Log masking " +
		"misses encoded or partial forms, logs are kept and often readable by more people than the secret, " +
		"and fork or artifact logs travel further.",
	Remediation: "Do not print secrets; pass them to the tool that needs them through an environment " +
		"variable or a file with restricted permissions.",
}

var printers = []string{"echo", "printf", "print", "Write-Host", "Write-Output", "printenv"}

func checkSecretEchoed(j *Job, report func(finding.Finding)) {
	for _, s := range j.Scripts {
		for _, c := range s.Commands {
			if !slices.Contains(printers, c.Name) {
				continue
			}
			for _, a := range c.Rest {
				if name := secretIn(a, s.Script, c.Name == "printenv", j.Pipeline.Platform); name != "" {
					report(secretEchoed.Finding(at(s.Script.Path, c.Line), subject(j, s.Script.Step, name),
						"job "+j.Job.ID+" prints "+name+" with "+c.Name))
					break
				}
			}
		}
	}
}

// secretIn returns the secret an argument expands, or "". In GitHub Actions secrets are known
// exactly (secrets.* templates and env vars set from them); elsewhere they are set in the CI
// system's settings, so a secret-looking variable name stands for one.
func secretIn(arg string, s *cimodel.Script, bare bool, platform cimodel.Platform) string {
	if strings.Contains(arg, "$"+SecretParam) {
		return "a secrets.* value"
	}
	for _, name := range paramNames(arg, bare) {
		if slices.Contains(s.SecretEnv, name) {
			return "$" + name
		}
		if platform != cimodel.GitHubActions && secretlike.Name(name) && !strings.HasPrefix(name, "CI_") {
			return "$" + name
		}
	}
	return ""
}

// paramNames lists the $NAME expansions in a rendered word (a bare word counts too for printenv).
func paramNames(arg string, bare bool) []string {
	if bare && !strings.Contains(arg, "$") {
		return []string{arg}
	}
	var out []string
	for _, part := range strings.Split(arg, "$")[1:] {
		end := 0
		for end < len(part) && (part[end] == '_' || part[end] >= 'A' && part[end] <= 'Z' || part[end] >= 'a' && part[end] <= 'z' || part[end] >= '0' && part[end] <= '9') {
			end++
		}
		if end > 0 {
			out = append(out, part[:end])
		}
	}
	return out
}
