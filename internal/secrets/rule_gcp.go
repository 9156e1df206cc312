package secrets

import "github.com/vigil-sec/vigil/internal/secrets/detect"

func gcpFamily() Family {
	return Family{
		Rule: credentialRule("gcp-credentials", "Google Cloud credential",
			"Delete the service account key or API key in the Google Cloud console (IAM > Service accounts > Keys, or APIs & Services > Credentials) and review its use in the audit logs.",
			"https://cloud.google.com/iam/docs/best-practices-for-managing-service-account-keys"),
		Detectors: []*detect.Detector{
			{
				ID: "gcp-service-account-key", Name: "Google Cloud service account key (JSON)",
				Keywords: kw(`"service_account"`), Span: 4096,
				Pattern:        `(?s)"type"\s*:\s*"service_account".*?"private_key_id"\s*:\s*"([a-f0-9]{40})"`,
				TruePositives:  s("{\n  \"type\": \"service_account\",\n  \"project_id\": \"acme-prod\",\n  \"private_key_id\": \"‹hex:40›\",\n  \"private_key\": \"...\"\n}"),
				FalsePositives: s("{\"type\": \"service_account\", \"project_id\": \"acme\", \"private_key_id\": \"\"}", `{"type": "authorized_user"}`),
			},
			{
				ID: "gcp-api-key", Name: "Google API key",
				Keywords: kw("aiza"),
				Pattern:  tok(`AIza`, `[0-9A-Za-z_\-]{35}`), MinEntropy: 3.5,
				TruePositives:  s(`const mapsKey = "AIza‹b64u:35›";`),
				FalsePositives: s(`AIza‹b64u:20›`, `AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`),
			},
			{
				ID: "google-oauth-client-secret", Name: "Google OAuth client secret",
				Keywords: kw("gocspx-"),
				Pattern:  tok(`GOCSPX-`, `[A-Za-z0-9_\-]{28}`), MinEntropy: 3.5,
				TruePositives:  s(`client_secret: GOCSPX-‹b64u:28›`),
				FalsePositives: s(`client_secret: GOCSPX-‹b64u:10›`),
			},
			{
				ID: "google-oauth-access-token", Name: "Google OAuth access token",
				Keywords: kw("ya29."),
				Pattern:  tok(`ya29\.`, `[0-9A-Za-z_\-]{30,}`), MinEntropy: 4,
				TruePositives:  s(`Authorization: Bearer ya29.a0‹b64u:120›`),
				FalsePositives: s(`ya29.short`),
			},
			{
				ID: "google-oauth-refresh-token", Name: "Google OAuth refresh token",
				Keywords: kw("1//0"),
				Pattern:  `(?:^|[^A-Za-z0-9_/])(1//0[0-9A-Za-z_\-]{40,})`, MinEntropy: 4,
				TruePositives:  s(`"refresh_token": "1//0‹b64u:96›"`),
				FalsePositives: s(`see http://1//0 for the range 1//0-9`),
			},
		},
	}
}
