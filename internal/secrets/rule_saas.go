package secrets

import "github.com/vigil-sec/vigil/internal/secrets/detect"

func saasFamily() Family {
	return Family{
		Rule: credentialRule("saas-api-token", "SaaS API token",
			"Revoke the token in the service's account or workspace settings (Atlassian, Okta, Linear, Notion, Asana, Airtable, Postman, Figma, ...) and issue a new one with the least scope.",
			"https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/"),
		Detectors: []*detect.Detector{
			{
				ID: "atlassian-api-token", Name: "Atlassian API token",
				Keywords: kw("atatt3"), Pattern: tok(`ATATT3`, `[A-Za-z0-9_\-=]{186}`), MinEntropy: 4,
				TruePositives:  s(`JIRA_API_TOKEN=ATATT3‹b64u:186›`),
				FalsePositives: s(`JIRA_API_TOKEN=ATATT3‹b64u:20›`),
			},
			{
				ID: "atlassian-legacy-api-token", Name: "Atlassian (Jira, Confluence) legacy API token",
				Keywords: kw("jira", "confluence", "atlassian"),
				Pattern:  assigned(`(?:jira|confluence|atlassian)[A-Za-z0-9_.\-]{0,20}(?:token|key|password|secret)`, `[A-Za-z0-9]{24}`), MinEntropy: 3.5,
				TruePositives:  s(`JIRA_API_TOKEN=‹b62:24›`),
				FalsePositives: s(`JIRA_API_TOKEN=${JIRA_TOKEN}`, `JIRA_URL=https://acme.atlassian.net`),
			},
			{
				ID: "bitbucket-app-password", Name: "Bitbucket app password",
				Keywords: kw("atbb"), Pattern: tok(`ATBB`, `[A-Za-z0-9_=.\-]{32}`), MinEntropy: 3.5,
				TruePositives:  s(`BITBUCKET_APP_PASSWORD=ATBB‹b62:32›`),
				FalsePositives: s(`BITBUCKET_APP_PASSWORD=ATBB‹b62:8›`),
			},
			{
				ID: "okta-api-token", Name: "Okta API token",
				Keywords: kw("okta"),
				Pattern:  assigned(`okta[A-Za-z0-9_.\-]{0,20}(?:token|key|secret)`, `00[A-Za-z0-9_\-]{40}`), MinEntropy: 4,
				TruePositives:  s(`OKTA_API_TOKEN=00‹b64u:40›`, `okta_token: "00‹b64u:40›"`),
				FalsePositives: s(`OKTA_ORG_URL=https://acme.okta.com`, `OKTA_API_TOKEN=00‹b64u:12›`),
			},
			{
				ID: "linear-api-key", Name: "Linear API key",
				Keywords: kw("lin_api_"), Pattern: tok(`lin_api_`, `[A-Za-z0-9]{40}`), MinEntropy: 4,
				TruePositives:  s(`LINEAR_API_KEY=lin_api_‹b62:40›`),
				FalsePositives: s(`LINEAR_API_KEY=lin_api_‹b62:12›`),
			},
			{
				ID: "linear-oauth-token", Name: "Linear OAuth token",
				Keywords: kw("lin_oauth_"), Pattern: tok(`lin_oauth_`, `[a-f0-9]{64}`), MinEntropy: 3,
				TruePositives:  s(`LINEAR_TOKEN=lin_oauth_‹hex:64›`),
				FalsePositives: s(`LINEAR_TOKEN=lin_oauth_`),
			},
			{
				ID: "notion-integration-token", Name: "Notion integration token",
				Keywords: kw("ntn_"), Pattern: tok(`ntn_`, `[0-9]{11}[A-Za-z0-9]{35}`), MinEntropy: 4,
				TruePositives:  s(`NOTION_TOKEN=ntn_‹dig:11›‹b62:35›`),
				FalsePositives: s(`NOTION_TOKEN=ntn_‹dig:11›`),
			},
			{
				ID: "notion-legacy-token", Name: "Notion integration token (legacy format)",
				Keywords: kw("secret_"),
				Pattern:  tok(`secret_`, `[A-Za-z0-9]{43}`), MinEntropy: 4.5,
				TruePositives:  s(`NOTION_API_KEY=secret_‹b62:43›`),
				FalsePositives: s(`secret_key_base = Rails.application.credentials`, `secret_‹b62:20›`),
			},
			{
				ID: "asana-pat", Name: "Asana personal access token",
				Keywords: kw("asana"),
				Pattern:  assigned(`asana[A-Za-z0-9_.\-]{0,20}(?:token|pat|key)`, `[0-9]/[0-9]{16}:[a-f0-9]{32}|2/[0-9]{16}/[0-9]{16}:[a-f0-9]{32}`), MinEntropy: 3,
				TruePositives:  s(`ASANA_TOKEN=1/‹dig:16›:‹hex:32›`, `ASANA_PAT=2/‹dig:16›/‹dig:16›:‹hex:32›`),
				FalsePositives: s(`ASANA_WORKSPACE=‹dig:16›`),
			},
			{
				ID: "airtable-pat", Name: "Airtable personal access token",
				Keywords: kw("airtable"), Pattern: `(?i:airtable)[^\n]{0,80}?(?:^|[^A-Za-z0-9_])(pat[A-Za-z0-9]{14}\.[a-f0-9]{64})(?:[^A-Za-z0-9_]|$)`, MinEntropy: 4,
				TruePositives:  s(`AIRTABLE_TOKEN=pat‹b62:14›.‹hex:64›`),
				FalsePositives: s(`pattern.compile(x)`, `AIRTABLE_TOKEN=pat‹b62:14›.‹hex:10›`),
			},
			{
				ID: "postman-api-key", Name: "Postman API key",
				Keywords: kw("pmak-"), Pattern: tok(`PMAK-`, `[a-f0-9]{24}-[a-f0-9]{34}`), MinEntropy: 3,
				TruePositives:  s(`POSTMAN_API_KEY=PMAK-‹hex:24›-‹hex:34›`),
				FalsePositives: s(`POSTMAN_API_KEY=PMAK-‹hex:24›`),
			},
			{
				ID: "figma-pat", Name: "Figma personal access token",
				Keywords: kw("figd_"), Pattern: tok(`figd_`, `[A-Za-z0-9_\-]{40}`), MinEntropy: 4,
				TruePositives:  s(`FIGMA_TOKEN=figd_‹b64u:40›`),
				FalsePositives: s(`FIGMA_TOKEN=figd_‹b64u:8›`),
			},
			{
				ID: "contentful-pat", Name: "Contentful personal access token",
				Keywords: kw("cfpat-"), Pattern: tok(`CFPAT-`, `[A-Za-z0-9_\-]{43}`), MinEntropy: 4,
				TruePositives:  s(`CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-‹b64u:43›`),
				FalsePositives: s(`CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-`),
			},
			{
				ID: "hubspot-private-app-token", Name: "HubSpot private app token",
				Keywords:       kw("pat-na1-", "pat-eu1-"),
				Pattern:        tok(`pat-(?:na|eu)1-`, `[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`),
				TruePositives:  s(`HUBSPOT_TOKEN=pat-na1-‹hex:8›-‹hex:4›-‹hex:4›-‹hex:4›-‹hex:12›`),
				FalsePositives: s(`HUBSPOT_TOKEN=pat-na1-`),
			},
			{
				ID: "typeform-pat", Name: "Typeform personal access token",
				Keywords: kw("tfp_"), Pattern: tok(`tfp_`, `[A-Za-z0-9_\-.=]{59}`), MinEntropy: 4,
				TruePositives:  s(`TYPEFORM_TOKEN=tfp_‹b64u:59›`),
				FalsePositives: s(`TYPEFORM_TOKEN=tfp_‹b64u:9›`),
			},
			{
				ID: "readme-api-key", Name: "ReadMe API key",
				Keywords: kw("rdme_"), Pattern: tok(`rdme_`, `[a-z0-9]{70}`), MinEntropy: 4,
				TruePositives:  s(`README_API_KEY=rdme_‹low:70›`),
				FalsePositives: s(`README_API_KEY=rdme_‹low:7›`),
			},
			{
				ID: "doppler-token", Name: "Doppler service or personal token",
				Keywords: kw("dp.pt.", "dp.st.", "dp.sa.", "dp.ct.", "dp.scim.", "dp.audit."),
				Pattern:  tok(`dp\.(?:pt|st|sa|ct|scim|audit)\.`, `(?:[a-z0-9\-_]{2,35}\.)?[A-Za-z0-9]{40,44}`), MinEntropy: 4,
				TruePositives:  s(`DOPPLER_TOKEN=dp.st.prd.‹b62:43›`, `DOPPLER_TOKEN=dp.pt.‹b62:43›`),
				FalsePositives: s(`DOPPLER_TOKEN=dp.st.‹b62:12›`),
			},
			{
				ID: "buildkite-agent-token", Name: "Buildkite API access token",
				Keywords: kw("bkua_"), Pattern: tok(`bkua_`, `[a-f0-9]{40}`), MinEntropy: 3,
				TruePositives:  s(`BUILDKITE_API_TOKEN=bkua_‹hex:40›`),
				FalsePositives: s(`BUILDKITE_API_TOKEN=bkua_‹hex:8›`),
			},
			{
				ID: "sonarqube-token", Name: "SonarQube or SonarCloud token",
				Keywords: kw("squ_", "sqp_", "sqa_"), Pattern: tok(`sq[upa]_`, `[a-f0-9]{40}`), MinEntropy: 3,
				TruePositives:  s(`SONAR_TOKEN=squ_‹hex:40›`, `SONAR_TOKEN=sqp_‹hex:40›`),
				FalsePositives: s(`SONAR_TOKEN=squ_‹hex:8›`),
			},
			{
				ID: "snyk-api-token", Name: "Snyk API token",
				Keywords:       kw("snyk"),
				Pattern:        assigned(`snyk[A-Za-z0-9_.\-]{0,20}(?:token|key)`, `[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`),
				TruePositives:  s(`SNYK_TOKEN=‹hex:8›-‹hex:4›-‹hex:4›-‹hex:4›-‹hex:12›`),
				FalsePositives: s(`SNYK_ORG_ID=‹hex:8›-‹hex:4›-‹hex:4›-‹hex:4›-‹hex:12›`),
			},
			{
				ID: "octopus-deploy-api-key", Name: "Octopus Deploy API key",
				Keywords: kw("api-"), Pattern: tok(`API-`, `[A-Z0-9]{26}`), MinEntropy: 3.5,
				TruePositives:  s(`OCTOPUS_API_KEY=API-‹up:26›`),
				FalsePositives: s(`X-API-VERSION: 2`, `API-‹up:10›`),
			},
			{
				ID: "pulumi-access-token", Name: "Pulumi access token",
				Keywords: kw("pul-"), Pattern: tok(`pul-`, `[a-f0-9]{40}`), MinEntropy: 3,
				TruePositives:  s(`PULUMI_ACCESS_TOKEN=pul-‹hex:40›`),
				FalsePositives: s(`PULUMI_ACCESS_TOKEN=pul-‹hex:8›`),
			},
			{
				ID: "prefect-api-key", Name: "Prefect API key",
				Keywords: kw("pnu_"), Pattern: tok(`pnu_`, `[A-Za-z0-9]{36}`), MinEntropy: 4,
				TruePositives:  s(`PREFECT_API_KEY=pnu_‹b62:36›`),
				FalsePositives: s(`PREFECT_API_KEY=pnu_‹b62:6›`),
			},
			{
				ID: "harness-pat", Name: "Harness personal access token",
				Keywords: kw("pat."), Pattern: tok(`pat\.`, `[A-Za-z0-9_\-]{22}\.[a-f0-9]{24}\.[A-Za-z0-9]{20}`), MinEntropy: 4,
				TruePositives:  s(`HARNESS_TOKEN=pat.‹b64u:22›.‹hex:24›.‹b62:20›`),
				FalsePositives: s(`HARNESS_TOKEN=pat.‹b64u:22›`),
			},
			{
				ID: "infracost-api-key", Name: "Infracost API key",
				Keywords: kw("ico-"), Pattern: tok(`ico-`, `[A-Za-z0-9]{32}`), MinEntropy: 4,
				TruePositives:  s(`INFRACOST_API_KEY=ico-‹b62:32›`),
				FalsePositives: s(`favico-‹b62:32›`, `ico-‹b62:8›`),
			},
			{
				ID: "algolia-admin-key", Name: "Algolia admin API key",
				Keywords: kw("algolia"),
				Pattern:  assigned(`algolia[A-Za-z0-9_.\-]{0,20}(?:admin|write|api)[_\-]?key`, `[a-f0-9]{32}`), MinEntropy: 3,
				TruePositives:  s(`ALGOLIA_ADMIN_KEY=‹hex:32›`),
				FalsePositives: s(`ALGOLIA_APP_ID=‹up:10›`),
			},
			{
				ID: "intra42-client-secret", Name: "42 Intra client secret",
				Keywords: kw("s-s4t2ud-", "s-s4t2af-"), Pattern: tok(`s-s4t2(?:ud|af)-`, `[a-f0-9]{64}`), MinEntropy: 3,
				TruePositives:  s(`FT_SECRET=s-s4t2ud-‹hex:64›`),
				FalsePositives: s(`FT_SECRET=s-s4t2ud-`),
			},
		},
	}
}
