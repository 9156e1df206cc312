package secrets

import "github.com/vigil-sec/vigil/internal/secrets/detect"

func observabilityFamily() Family {
	return Family{
		Rule: credentialRule("observability-api-key", "monitoring or logging service key",
			"Revoke the key in the service (Datadog, New Relic, Sentry, Grafana, Dynatrace, Honeycomb, ...) and issue a new one with the least scope; a write key lets anyone forge or flood your telemetry.",
			"https://docs.datadoghq.com/account_management/api-app-keys/"),
		Detectors: []*detect.Detector{
			{
				ID: "datadog-api-key", Name: "Datadog API key",
				Keywords: kw("datadog", "dd_api_key", "dd-api-key"),
				Pattern:  assigned(`(?:datadog[A-Za-z0-9_.\-]{0,10}api|dd[_\-]api)[_\-]?key`, `[a-f0-9]{32}`), MinEntropy: 3,
				TruePositives:  s(`DD_API_KEY=‹hex:32›`, `datadog_api_key: "‹hex:32›"`),
				FalsePositives: s(`DD_API_KEY=${DD_API_KEY}`, `DD_SITE=datadoghq.eu`),
			},
			{
				ID: "datadog-app-key", Name: "Datadog application key",
				Keywords: kw("datadog", "dd_app", "dd-app", "dd_application"),
				Pattern:  assigned(`(?:datadog[A-Za-z0-9_.\-]{0,10}(?:app|application)|dd[_\-](?:app|application))[_\-]?key`, `[a-f0-9]{40}`), MinEntropy: 3,
				TruePositives:  s(`DD_APP_KEY=‹hex:40›`),
				FalsePositives: s(`DD_APP_KEY=‹hex:20›`),
			},
			{
				ID: "newrelic-user-api-key", Name: "New Relic user API key",
				Keywords: kw("nrak-"), Pattern: tok(`NRAK-`, `[A-Z0-9]{27}`), MinEntropy: 3.5,
				TruePositives:  s(`NEW_RELIC_API_KEY=NRAK-‹up:27›`),
				FalsePositives: s(`NEW_RELIC_API_KEY=NRAK-XXXXXXXXXXXXXXXXXXXXXXXXXXX`),
			},
			{
				ID: "newrelic-insert-key", Name: "New Relic insights insert key",
				Keywords: kw("nrii-"), Pattern: tok(`NRII-`, `[A-Za-z0-9_\-]{32}`), MinEntropy: 3.5,
				TruePositives:  s(`insert_key: NRII-‹b64u:32›`),
				FalsePositives: s(`insert_key: NRII-‹b64u:8›`),
			},
			{
				ID: "newrelic-browser-key", Name: "New Relic browser API token",
				Keywords: kw("nrjs-"), Pattern: tok(`NRJS-`, `[a-f0-9]{19}`), MinEntropy: 3,
				TruePositives:  s(`licenseKey: "NRJS-‹hex:19›"`),
				FalsePositives: s(`licenseKey: "NRJS-‹hex:6›"`),
			},
			{
				ID: "newrelic-license-key", Name: "New Relic ingest license key",
				Keywords: kw("nral"), Pattern: `(?:^|[^A-Za-z0-9])([a-f0-9]{36}NRAL)(?:[^A-Za-z0-9]|$)`, MinEntropy: 3,
				TruePositives:  s(`NEW_RELIC_LICENSE_KEY=‹hex:36›NRAL`),
				FalsePositives: s(`NEW_RELIC_LICENSE_KEY=‹hex:12›NRAL`),
			},
			{
				ID: "sentry-org-token", Name: "Sentry organization auth token",
				Keywords: kw("sntrys_"), Pattern: tok(`sntrys_`, `eyJpYXQiO[A-Za-z0-9+/=_\-]{60,}`), MinEntropy: 4,
				TruePositives:  s(`SENTRY_AUTH_TOKEN=sntrys_eyJpYXQiO‹b64:150›`),
				FalsePositives: s(`SENTRY_AUTH_TOKEN=sntrys_`),
			},
			{
				ID: "sentry-user-token", Name: "Sentry user auth token",
				Keywords: kw("sntryu_"), Pattern: tok(`sntryu_`, `[a-f0-9]{64}`), MinEntropy: 3,
				TruePositives:  s(`SENTRY_AUTH_TOKEN=sntryu_‹hex:64›`),
				FalsePositives: s(`SENTRY_AUTH_TOKEN=sntryu_‹hex:10›`),
			},
			{
				ID: "grafana-cloud-token", Name: "Grafana Cloud access policy token",
				Keywords: kw("glc_"), Pattern: tok(`glc_`, `[A-Za-z0-9+/]{32,400}={0,2}`), MinEntropy: 4,
				TruePositives:  s(`GRAFANA_CLOUD_TOKEN=glc_eyJvIjoi‹b64:120›`),
				FalsePositives: s(`glc_‹b62:8›`),
			},
			{
				ID: "grafana-service-account-token", Name: "Grafana service account token",
				Keywords: kw("glsa_"), Pattern: tok(`glsa_`, `[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}`), MinEntropy: 3.5,
				TruePositives:  s(`GRAFANA_TOKEN=glsa_‹b62:32›_‹hex:8›`),
				FalsePositives: s(`GRAFANA_TOKEN=glsa_‹b62:10›`),
			},
			{
				ID: "dynatrace-api-token", Name: "Dynatrace API token",
				Keywords: kw("dt0c01."), Pattern: tok(`dt0c01\.`, `[A-Z0-9]{24}\.[A-Z0-9]{64}`), MinEntropy: 3.5,
				TruePositives:  s(`DT_API_TOKEN=dt0c01.‹up:24›.‹up:64›`),
				FalsePositives: s(`DT_API_TOKEN=dt0c01.‹up:24›`),
			},
			{
				ID: "honeycomb-api-key", Name: "Honeycomb ingest key",
				Keywords: kw("hcaik_"), Pattern: tok(`hcaik_`, `[a-z0-9]{58}`), MinEntropy: 3.5,
				TruePositives:  s(`HONEYCOMB_API_KEY=hcaik_‹low:58›`),
				FalsePositives: s(`HONEYCOMB_API_KEY=hcaik_‹low:10›`),
			},
		},
	}
}
