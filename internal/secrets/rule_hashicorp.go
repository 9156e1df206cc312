package secrets

import "github.com/vigil-sec/vigil/internal/secrets/detect"

func hashicorpFamily() Family {
	return Family{
		Rule: credentialRule("hashicorp-token", "HashiCorp Vault or Terraform Cloud token",
			"Revoke the token (`vault token revoke`, or Terraform Cloud User/Team/Organization settings > Tokens) and review the audit device log.",
			"https://developer.hashicorp.com/vault/docs/concepts/tokens"),
		Detectors: []*detect.Detector{
			{
				ID: "vault-service-token", Name: "HashiCorp Vault service token",
				Keywords: kw("hvs."), Pattern: tok(`hvs\.`, `[A-Za-z0-9_\-]{24,}`), MinEntropy: 3.5,
				TruePositives:  s(`VAULT_TOKEN=hvs.‹b64u:90›`, `token: hvs.‹b62:24›`),
				FalsePositives: s(`VAULT_TOKEN=hvs.‹b62:8›`),
			},
			{
				ID: "vault-batch-token", Name: "HashiCorp Vault batch token",
				Keywords: kw("hvb."), Pattern: tok(`hvb\.`, `[A-Za-z0-9_\-]{100,}`), MinEntropy: 4,
				TruePositives:  s(`VAULT_TOKEN=hvb.‹b64u:138›`),
				FalsePositives: s(`VAULT_TOKEN=hvb.‹b64u:20›`),
			},
			{
				ID: "vault-recovery-token", Name: "HashiCorp Vault recovery token",
				Keywords: kw("hvr."), Pattern: tok(`hvr\.`, `[A-Za-z0-9_\-]{24,}`), MinEntropy: 3.5,
				TruePositives:  s(`recovery: hvr.‹b62:24›`),
				FalsePositives: s(`recovery: hvr.‹b62:8›`),
			},
			{
				ID: "vault-legacy-token", Name: "HashiCorp Vault legacy token",
				Keywords: kw("vault"),
				Pattern:  assigned(`vault[A-Za-z0-9_.\-]{0,10}token`, `s\.[A-Za-z0-9]{24}`), MinEntropy: 3.5,
				TruePositives:  s(`VAULT_TOKEN=s.‹b62:24›`),
				FalsePositives: s(`VAULT_TOKEN=s.‹b62:10›`, `VAULT_ADDR=https://vault.acme.example`),
			},
			{
				ID: "terraform-cloud-token", Name: "Terraform Cloud / Enterprise API token",
				Keywords: kw(".atlasv1."), Pattern: tok(`[A-Za-z0-9]{14}\.atlasv1\.`, `[A-Za-z0-9_\-=]{60,70}`), MinEntropy: 4,
				TruePositives:  s(`credentials "app.terraform.io" { token = "‹b62:14›.atlasv1.‹b64u:67›" }`),
				FalsePositives: s(`token = "‹b62:14›.atlasv1.‹b64u:12›"`),
			},
			{
				ID: "hcp-client-secret", Name: "HashiCorp Cloud Platform client secret",
				Keywords: kw("hcp_client_secret"),
				Pattern:  assigned(`hcp_client_secret`, `[A-Za-z0-9_\-]{64}`), MinEntropy: 4,
				TruePositives:  s(`HCP_CLIENT_SECRET=‹b64u:64›`),
				FalsePositives: s(`HCP_CLIENT_SECRET=‹b64u:20›`),
			},
		},
	}
}
