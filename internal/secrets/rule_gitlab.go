package secrets

import (
	"strings"

	"github.com/vigil-sec/vigil/internal/secrets/detect"
)

func gitlabFamily() Family {
	t := func(id, name, prefix, body, sample string) *detect.Detector {
		return &detect.Detector{
			ID: id, Name: name, Keywords: kw(strings.ToLower(prefix)), Pattern: tok(prefix, body), MinEntropy: 3,
			TruePositives:  s(`GITLAB_TOKEN=` + prefix + sample),
			FalsePositives: s(`GITLAB_TOKEN=`+prefix+`xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`, prefix+`‹b62:6›`),
		}
	}
	return Family{
		Rule: credentialRule("gitlab-token", "GitLab token",
			"Revoke the token in GitLab (user, project or group Access tokens, Runners, Deploy tokens or Pipeline triggers) and review the audit events.",
			"https://docs.gitlab.com/ee/security/token_overview.html"),
		Detectors: []*detect.Detector{
			t("gitlab-pat", "GitLab personal, project or group access token", "glpat-", `[A-Za-z0-9_\-]{20}(?:\.[A-Za-z0-9_\-.]{2,})?`, `‹b64u:20›.01.‹b62:9›`),
			t("gitlab-runner-token", "GitLab runner authentication token", "glrt-", `[A-Za-z0-9_\-]{20}(?:\.[A-Za-z0-9_\-.]{2,})?`, `‹b64u:20›`),
			t("gitlab-runner-registration-token", "GitLab runner registration token", "GR1348941", `[A-Za-z0-9_\-]{20}`, `‹b64u:20›`),
			t("gitlab-deploy-token", "GitLab deploy token", "gldt-", `[A-Za-z0-9_\-]{20}`, `‹b64u:20›`),
			t("gitlab-pipeline-trigger-token", "GitLab pipeline trigger token", "glptt-", `[0-9a-f]{40}`, `‹hex:40›`),
			t("gitlab-feed-token", "GitLab feed token", "glft-", `[A-Za-z0-9_\-]{20}`, `‹b64u:20›`),
			t("gitlab-scim-token", "GitLab SCIM OAuth token", "glsoat-", `[A-Za-z0-9_\-]{20}`, `‹b64u:20›`),
			t("gitlab-ci-job-token", "GitLab CI/CD job token", "glcbt-", `[0-9a-fA-F]{1,5}_[A-Za-z0-9_\-]{20}`, `‹hex:3›_‹b64u:20›`),
			t("gitlab-incoming-mail-token", "GitLab incoming mail token", "glimt-", `[A-Za-z0-9_\-]{25}`, `‹b64u:25›`),
			t("gitlab-agent-token", "GitLab agent for Kubernetes token", "glagent-", `[A-Za-z0-9_\-]{50}`, `‹b64u:50›`),
			t("gitlab-oauth-app-secret", "GitLab OAuth application secret", "gloas-", `[A-Za-z0-9_\-]{64}`, `‹b64u:64›`),
			t("gitlab-feature-flag-token", "GitLab feature flags client token", "glffct-", `[A-Za-z0-9_\-]{20}`, `‹b64u:20›`),
		},
	}
}
