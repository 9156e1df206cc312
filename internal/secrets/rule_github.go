package secrets

import "github.com/vigil-sec/vigil/internal/secrets/detect"

func githubFamily() Family {
	return Family{
		Rule: credentialRule("github-token", "GitHub token",
			"Revoke the token (Settings > Developer settings, or the app's settings for app tokens) and review the security log for its use.",
			"https://docs.github.com/authentication/keeping-your-account-and-data-secure/token-expiration-and-revocation"),
		Detectors: []*detect.Detector{
			{
				ID: "github-pat", Name: "GitHub personal access token (classic)",
				Keywords: kw("ghp_"), Pattern: tok(`ghp_`, `[A-Za-z0-9]{36}`), MinEntropy: 3.5,
				TruePositives:  s(`GITHUB_TOKEN=ghp_‹b62:36›`, `git clone https://ghp_‹b62:36›@github.com/acme/app.git`),
				FalsePositives: s(`GITHUB_TOKEN=ghp_‹b62:20›`, `ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`),
			},
			{
				ID: "github-fine-grained-pat", Name: "GitHub fine-grained personal access token",
				Keywords: kw("github_pat_"), Pattern: tok(`github_pat_`, `[A-Za-z0-9]{22}_[A-Za-z0-9]{59}`), MinEntropy: 4,
				TruePositives:  s(`token: github_pat_‹b62:22›_‹b62:59›`),
				FalsePositives: s(`token: github_pat_‹b62:22›`),
			},
			{
				ID: "github-oauth-token", Name: "GitHub OAuth access token",
				Keywords: kw("gho_"), Pattern: tok(`gho_`, `[A-Za-z0-9]{36}`), MinEntropy: 3.5,
				TruePositives:  s(`{"access_token": "gho_‹b62:36›"}`),
				FalsePositives: s(`gho_‹b62:12›`),
			},
			{
				ID: "github-user-to-server-token", Name: "GitHub App user-to-server token",
				Keywords: kw("ghu_"), Pattern: tok(`ghu_`, `[A-Za-z0-9]{36}`), MinEntropy: 3.5,
				TruePositives:  s(`token = 'ghu_‹b62:36›'`),
				FalsePositives: s(`ghu_‹b62:35›`),
			},
			{
				ID: "github-app-installation-token", Name: "GitHub App installation (server-to-server) token",
				Keywords: kw("ghs_"), Pattern: tok(`ghs_`, `[A-Za-z0-9]{36}`), MinEntropy: 3.5,
				TruePositives:  s(`GH_TOKEN: ghs_‹b62:36›`),
				FalsePositives: s(`ghs_0000000000000000000000000000000000000`),
			},
			{
				ID: "github-refresh-token", Name: "GitHub App refresh token",
				Keywords: kw("ghr_"), Pattern: tok(`ghr_`, `[A-Za-z0-9]{36,76}`), MinEntropy: 3.5,
				TruePositives:  s(`"refresh_token": "ghr_‹b62:76›"`),
				FalsePositives: s(`"refresh_token": "ghr_‹b62:16›"`),
			},
		},
	}
}
