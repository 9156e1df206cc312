package jobrules

import (
	"github.com/vigil-sec/vigil/internal/pipeline/cimodel"
	"regexp"
	"strings"
)

// securityWords are names of security review tools and jobs, in action names, images, job names and
// commands (matched in lower case, with _ read as -).
var securityWords = []string{"codeql", "trivy", "snyk", "gitleaks", "semgrep", "zizmor", "vigil", "grype", "osv-scanner", "gosec",
	"govulncheck", "bandit", "checkov", "tfsec", "trufflehog", "sonar", "anchore", "brakeman", "npm audit", "yarn audit", "pip-audit",
	"dependency-review", "dependency-check", "secret-detection", "dependency-scanning", "container-scanning", "securityscan",
	"security-scan", "scorecard", "kics", "hadolint", "actionlint"}

// securityAcronyms match only as whole words ("sast", not "toast").
var securityAcronyms = regexp.MustCompile(`(^|[^a-z])(sast|dast)([^a-z]|$)`)

// IsSecurityTool reports whether a name, action, image or command runs a security review.
func IsSecurityTool(s string) bool {
	if s == "" {
		return false
	}
	l := strings.ToLower(s)
	if strings.IndexByte(l, '_') >= 0 {
		l = strings.ReplaceAll(l, "_", "-")
	}
	for _, w := range securityWords {
		if strings.Contains(l, w) {
			return true
		}
	}
	return strings.Contains(l, "ast") && securityAcronyms.MatchString(l)
}

var deployWords = regexp.MustCompile(`(?i)(^|[^a-z])(deploy|deployment|release|publish|prod|production|rollout|promote)([^a-z]|$)`)

// IsDeployName reports whether a job name or environment name says it deploys or releases.
func IsDeployName(s string) bool {
	return deployWords.MatchString(s) && !strings.Contains(strings.ToLower(s), "preview")
}

// MarkSecurity flags a job that is not a deploy job as a security job when its name or any of its
// scripts runs a security review tool.
func MarkSecurity(j *cimodel.Job, name string) {
	if j.Deploy != nil {
		return
	}
	security := IsSecurityTool(name)
	for _, s := range j.Scripts {
		security = security || IsSecurityTool(s.Text)
	}
	if security {
		j.Security = &cimodel.Flag{Reason: "job " + name, Path: j.Path, Line: j.Line}
	}
}
