package githubactions

import (
	"regexp"
	"strings"
)

// scopeUsers says, per write scope, which actions and commands need it. An action owned by anyone
// other than actions/ and github/ may use the token in ways this table does not know, so scope
// checks treat such steps as needing everything.
var scopeUsers = map[string]struct {
	actions []string
	run     *regexp.Regexp
}{
	"contents": {
		[]string{"softprops/action-gh-release", "actions/create-release", "actions/upload-release-asset", "ncipollo/release-action",
			"stefanzweifel/git-auto-commit-action", "peter-evans/create-pull-request", "googleapis/release-please-action",
			"goreleaser/goreleaser-action", "actions/github-script", "ad-m/github-push-action", "changesets/action", "github/codeql-action/upload-sarif"},
		regexp.MustCompile(`git\s+push|gh\s+release|gh\s+api|git\s+tag|semantic-release|goreleaser|curl\s.*api\.github\.com|GITHUB_TOKEN|github\.token`),
	},
	"packages": {
		[]string{"docker/login-action", "docker/build-push-action", "actions/github-script"},
		regexp.MustCompile(`ghcr\.io|docker\.pkg\.github\.com|npm\.pkg\.github\.com|npm\s+publish|docker\s+push|gh\s+api|GITHUB_TOKEN|github\.token`),
	},
	"pull-requests": {
		[]string{"actions/github-script", "peter-evans/create-pull-request", "peter-evans/create-or-update-comment", "actions/labeler",
			"marocchino/sticky-pull-request-comment", "thollander/actions-comment-pull-request", "actions/stale", "dependabot/fetch-metadata",
			"actions/dependency-review-action", "googleapis/release-please-action"},
		regexp.MustCompile(`gh\s+pr|gh\s+api|curl\s.*api\.github\.com|GITHUB_TOKEN|github\.token`),
	},
	"issues": {
		[]string{"actions/github-script", "actions/stale", "peter-evans/create-or-update-comment", "actions/labeler", "peter-evans/create-issue-from-file"},
		regexp.MustCompile(`gh\s+issue|gh\s+api|curl\s.*api\.github\.com|GITHUB_TOKEN|github\.token`),
	},
	"security-events": {
		[]string{"github/codeql-action/upload-sarif", "github/codeql-action/analyze", "github/codeql-action/init", "actions/github-script"},
		regexp.MustCompile(`gh\s+api|code-scanning|GITHUB_TOKEN|github\.token`),
	},
	"pages":        {[]string{"actions/deploy-pages"}, regexp.MustCompile(`gh\s+api|GITHUB_TOKEN|github\.token`)},
	"deployments":  {[]string{"actions/github-script", "bobheadxi/deployments", "chrnorm/deployment-action"}, regexp.MustCompile(`gh\s+api|deployments|GITHUB_TOKEN|github\.token`)},
	"statuses":     {[]string{"actions/github-script"}, regexp.MustCompile(`gh\s+api|statuses|GITHUB_TOKEN|github\.token`)},
	"checks":       {[]string{"actions/github-script", "dorny/test-reporter", "mikepenz/action-junit-report", "EnricoMi/publish-unit-test-result-action"}, regexp.MustCompile(`gh\s+api|check-runs|GITHUB_TOKEN|github\.token`)},
	"actions":      {[]string{"actions/github-script", "actions/upload-artifact", "actions/download-artifact", "actions/cache"}, regexp.MustCompile(`gh\s+(run|workflow|cache|api)|GITHUB_TOKEN|github\.token`)},
	"attestations": {[]string{"actions/attest-build-provenance", "actions/attest-sbom", "actions/attest"}, regexp.MustCompile(`gh\s+attestation|GITHUB_TOKEN|github\.token`)},
	"discussions":  {[]string{"actions/github-script"}, regexp.MustCompile(`gh\s+api|graphql|GITHUB_TOKEN|github\.token`)},
	"id-token": {
		[]string{"aws-actions/configure-aws-credentials", "google-github-actions/auth", "azure/login", "sigstore/cosign-installer",
			"actions/attest-build-provenance", "actions/attest-sbom", "actions/attest", "pypa/gh-action-pypi-publish", "hashicorp/vault-action",
			"docker/build-push-action", "slsa-framework/slsa-github-generator", "github/codeql-action/upload-sarif", "rubygems/release-gem",
			"rubygems/configure-rubygems-credentials", "octo-sts/action", "digicert/ssm-code-signing"},
		regexp.MustCompile(`ACTIONS_ID_TOKEN_REQUEST|--provenance|cosign|gcloud|vault\s|sigstore|oidc|npm\s+publish|gh\s+attestation|twine\s+upload|uv\s+publish`),
	},
}

// firstParty reports whether an action belongs to GitHub's own organizations.
func firstParty(a Action) bool {
	o := strings.ToLower(a.Owner)
	return o == "actions" || o == "github"
}

// jobMayUse reports whether job j may need the write scope: a step uses an action or command that
// needs it, a third-party action (which may use the token in unknown ways), or a reusable workflow.
func jobMayUse(j *Job, scope string) bool {
	users, known := scopeUsers[scope]
	if !known || j.Uses.Value != "" {
		return true
	}
	for _, s := range j.Steps {
		a := s.Action()
		switch {
		case a.Local:
			return true
		case a.Owner != "" && !firstParty(a) && scope != "id-token":
			return true
		case a.Owner != "" && a.Is(users.actions...):
			return true
		case a.Owner != "" && scope == "id-token" && !firstParty(a) && !a.Is(users.actions...) && tokenPassed(s):
			return true
		}
		if s.Run.Value != "" && users.run.MatchString(s.Run.Value) {
			return true
		}
	}
	return false
}

// tokenPassed reports whether a step is handed a token or OIDC-related input explicitly.
func tokenPassed(s *Step) bool {
	for _, kv := range s.With {
		k := strings.ToLower(kv.Key.Value)
		if strings.Contains(k, "oidc") || strings.Contains(k, "id-token") || strings.Contains(k, "audience") || strings.Contains(k, "role") {
			return true
		}
	}
	return false
}
