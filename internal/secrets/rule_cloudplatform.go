package secrets

import "github.com/vigil-sec/vigil/internal/secrets/detect"

func cloudPlatformFamily() Family {
	return Family{
		Rule: credentialRule("cloud-platform-token", "cloud platform API token",
			"Revoke the token in the platform's account settings (Heroku, DigitalOcean, Cloudflare, Alibaba Cloud, Fly.io, Supabase, PlanetScale, Databricks, Tailscale, ...) and review the account's audit log.",
			"https://docs.digitalocean.com/reference/api/create-personal-access-token/"),
		Detectors: []*detect.Detector{
			{
				ID: "heroku-api-key", Name: "Heroku API key",
				Keywords: kw("hrku-"), Pattern: tok(`HRKU-AA`, `[0-9A-Za-z_\-]{58}`), MinEntropy: 4,
				TruePositives:  s(`HEROKU_API_KEY=HRKU-AA‹b64u:58›`),
				FalsePositives: s(`HEROKU_API_KEY=HRKU-AA‹b64u:8›`),
			},
			{
				ID: "heroku-legacy-api-key", Name: "Heroku API key (legacy UUID format)",
				Keywords:       kw("heroku"),
				Pattern:        assigned(`heroku[A-Za-z0-9_.\-]{0,20}(?:key|token|secret)`, `[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`),
				TruePositives:  s(`HEROKU_API_KEY=‹hex:8›-‹hex:4›-‹hex:4›-‹hex:4›-‹hex:12›`),
				FalsePositives: s(`HEROKU_APP_ID=‹hex:8›-‹hex:4›-‹hex:4›-‹hex:4›-‹hex:12›`),
			},
			{
				ID: "digitalocean-pat", Name: "DigitalOcean personal access token",
				Keywords: kw("dop_v1_"), Pattern: tok(`dop_v1_`, `[a-f0-9]{64}`), MinEntropy: 3,
				TruePositives:  s(`DIGITALOCEAN_TOKEN=dop_v1_‹hex:64›`),
				FalsePositives: s(`DIGITALOCEAN_TOKEN=dop_v1_‹hex:16›`),
			},
			{
				ID: "digitalocean-oauth-token", Name: "DigitalOcean OAuth token",
				Keywords: kw("doo_v1_"), Pattern: tok(`doo_v1_`, `[a-f0-9]{64}`), MinEntropy: 3,
				TruePositives:  s(`token: doo_v1_‹hex:64›`),
				FalsePositives: s(`token: doo_v1_`),
			},
			{
				ID: "digitalocean-refresh-token", Name: "DigitalOcean OAuth refresh token",
				Keywords: kw("dor_v1_"), Pattern: tok(`dor_v1_`, `[a-f0-9]{64}`), MinEntropy: 3,
				TruePositives:  s(`refresh: dor_v1_‹hex:64›`),
				FalsePositives: s(`refresh: dor_v1_‹hex:6›`),
			},
			{
				ID: "cloudflare-api-token", Name: "Cloudflare API token",
				Keywords: kw("cloudflare", "cf_api_token"),
				Pattern:  assigned(`(?:cloudflare|cf)[A-Za-z0-9_.\-]{0,20}token`, `[A-Za-z0-9_\-]{40}`), MinEntropy: 4,
				TruePositives:  s(`CLOUDFLARE_API_TOKEN=‹b64u:40›`),
				FalsePositives: s(`CLOUDFLARE_API_TOKEN=${{ secrets.CLOUDFLARE_API_TOKEN }}`),
			},
			{
				ID: "cloudflare-global-api-key", Name: "Cloudflare global API key",
				Keywords: kw("cloudflare", "cf_api_key"),
				Pattern:  assigned(`(?:cloudflare|cf)[A-Za-z0-9_.\-]{0,20}key`, `[a-f0-9]{37}`), MinEntropy: 3,
				TruePositives:  s(`CLOUDFLARE_API_KEY=‹hex:37›`),
				FalsePositives: s(`CLOUDFLARE_API_KEY=‹hex:32›`),
			},
			{
				ID: "cloudflare-origin-ca-key", Name: "Cloudflare Origin CA key",
				Keywords: kw("v1.0-"), Pattern: tok(`v1\.0-`, `[a-f0-9]{24}-[a-f0-9]{146}`), MinEntropy: 3,
				TruePositives:  s(`CF_ORIGIN_CA_KEY=v1.0-‹hex:24›-‹hex:146›`),
				FalsePositives: s(`version: v1.0-beta`),
			},
			{
				ID: "alibaba-access-key-id", Name: "Alibaba Cloud AccessKey ID",
				Keywords: kw("ltai"), Pattern: tok(`LTAI`, `[A-Za-z0-9]{20}`), MinEntropy: 3.5,
				TruePositives:  s(`ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI‹b62:20›`),
				FalsePositives: s(`ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI‹b62:8›`),
			},
			{
				ID: "alibaba-access-key-secret", Name: "Alibaba Cloud AccessKey secret",
				Keywords: kw("alibaba", "aliyun", "accesskeysecret", "access_key_secret"),
				Pattern:  assigned(`(?:alibaba|aliyun|ali)?[A-Za-z0-9_.\-]{0,20}access_?key_?secret`, `[A-Za-z0-9]{30}`), MinEntropy: 4,
				TruePositives:  s(`ALIBABA_CLOUD_ACCESS_KEY_SECRET=‹b62:30›`),
				FalsePositives: s(`ALIBABA_CLOUD_ACCESS_KEY_SECRET=‹b62:12›`),
			},
			{
				ID: "flyio-token", Name: "Fly.io access token",
				Keywords: kw("fm1r_", "fm2_", "flyv1 "), Pattern: `(?:^|[^A-Za-z0-9_])((?:FlyV1 )?fm[12][ar]?_[A-Za-z0-9+/=]{100,})`, MinEntropy: 4,
				TruePositives:  s(`FLY_API_TOKEN="FlyV1 fm2_‹b64:200›"`),
				FalsePositives: s(`FLY_API_TOKEN="FlyV1 fm2_"`),
			},
			{
				ID: "supabase-access-token", Name: "Supabase personal access token",
				Keywords: kw("sbp_"), Pattern: tok(`sbp_`, `[a-f0-9]{40}`), MinEntropy: 3,
				TruePositives:  s(`SUPABASE_ACCESS_TOKEN=sbp_‹hex:40›`),
				FalsePositives: s(`SUPABASE_ACCESS_TOKEN=sbp_‹hex:8›`),
			},
			{
				ID: "supabase-secret-key", Name: "Supabase secret API key",
				Keywords: kw("sb_secret_"), Pattern: tok(`sb_secret_`, `[A-Za-z0-9_\-]{31,}`), MinEntropy: 4,
				TruePositives:  s(`SUPABASE_SECRET_KEY=sb_secret_‹b64u:31›`),
				FalsePositives: s(`SUPABASE_PUBLISHABLE_KEY=sb_publishable_‹b64u:31›`),
			},
			{
				ID: "planetscale-password", Name: "PlanetScale password or token",
				Keywords: kw("pscale_"), Pattern: tok(`pscale_(?:pw|tkn|oauth)_`, `[A-Za-z0-9_.\-=]{32,64}`), MinEntropy: 4,
				TruePositives:  s(`DATABASE_PASSWORD=pscale_pw_‹b64u:43›`, `PLANETSCALE_TOKEN=pscale_tkn_‹b64u:43›`),
				FalsePositives: s(`DATABASE_PASSWORD=pscale_pw_‹b64u:8›`),
			},
			{
				ID: "databricks-token", Name: "Databricks personal access token",
				Keywords: kw("dapi"), Pattern: tok(`dapi`, `[a-f0-9]{32}(?:-[0-9])?`), MinEntropy: 3,
				TruePositives:  s(`DATABRICKS_TOKEN=dapi‹hex:32›`),
				FalsePositives: s(`DATABRICKS_TOKEN=dapi‹hex:10›`),
			},
			{
				ID: "tailscale-key", Name: "Tailscale auth or API key",
				Keywords: kw("tskey-"), Pattern: tok(`tskey-(?:auth|api|client|webhook|scim)-`, `[A-Za-z0-9]{10,20}-[A-Za-z0-9]{20,40}`), MinEntropy: 3.5,
				TruePositives:  s(`TS_AUTHKEY=tskey-auth-‹b62:17›-‹b62:33›`),
				FalsePositives: s(`TS_AUTHKEY=tskey-auth-XXXX`),
			},
			{
				ID: "scalingo-api-token", Name: "Scalingo API token",
				Keywords: kw("tk-us-"), Pattern: tok(`tk-us-`, `[A-Za-z0-9_\-]{48}`), MinEntropy: 4,
				TruePositives:  s(`SCALINGO_API_TOKEN=tk-us-‹b64u:48›`),
				FalsePositives: s(`SCALINGO_API_TOKEN=tk-us-`),
			},
			{
				ID: "openshift-token", Name: "OpenShift user token",
				Keywords: kw("sha256~"), Pattern: tok(`sha256~`, `[A-Za-z0-9_\-]{43}`), MinEntropy: 4,
				TruePositives:  s(`oc login --token=sha256~‹b64u:43› --server=https://api.acme.example:6443`),
				FalsePositives: s(`oc login --token=sha256~`),
			},
			{
				ID: "vercel-token", Name: "Vercel access token",
				Keywords: kw("vercel"),
				Pattern:  assigned(`vercel[A-Za-z0-9_.\-]{0,20}token`, `[A-Za-z0-9]{24}`), MinEntropy: 3.5,
				TruePositives:  s(`VERCEL_TOKEN=‹b62:24›`),
				FalsePositives: s(`VERCEL_TOKEN=${VERCEL_TOKEN}`),
			},
			{
				ID: "netlify-token", Name: "Netlify access token",
				Keywords: kw("nfp_"),
				Pattern:  `(?:^|[^A-Za-z0-9_])(nfp_[A-Za-z0-9]{36})(?:[^A-Za-z0-9_]|$)`, MinEntropy: 4,
				TruePositives:  s(`NETLIFY_AUTH_TOKEN=nfp_‹b62:36›`),
				FalsePositives: s(`NETLIFY_AUTH_TOKEN=nfp_‹b62:8›`),
			},
			{
				ID: "linode-token", Name: "Linode (Akamai) API token",
				Keywords: kw("linode"),
				Pattern:  assigned(`linode[A-Za-z0-9_.\-]{0,20}token`, `[a-f0-9]{64}`), MinEntropy: 3,
				TruePositives:  s(`LINODE_TOKEN=‹hex:64›`),
				FalsePositives: s(`LINODE_TOKEN=‹hex:16›`),
			},
		},
	}
}
