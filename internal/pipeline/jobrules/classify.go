package jobrules

import (
	"github.com/vigil-sec/vigil/internal/pipeline/cimodel"
	"regexp"
	"strings"
)

// securityTools matches the names of security review tools and jobs, in action names, images, job
// names and commands.
var securityTools = regexp.MustCompile(`(?i)(codeql|trivy|snyk|gitleaks|semgrep|zizmor|vigil|grype|osv-scanner|gosec|govulncheck|` +
	`bandit|checkov|tfsec|trufflehog|sonar|anchore|brakeman|npm audit|yarn audit|pip-audit|dependency-review|dependency-check|` +
	`secret[_-]detection|dependency[_-]scanning|container[_-]scanning|\bsast\b|\bdast\b|security[_-]?scan|scorecard|kics|hadolint|actionlint)`)

// IsSecurityTool reports whether a name, action, image or command runs a security review.
func IsSecurityTool(s string) bool { return securityTools.MatchString(s) }

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
