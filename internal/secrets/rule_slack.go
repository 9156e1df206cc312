package secrets

import "github.com/vigil-sec/vigil/internal/secrets/detect"

func slackFamily() Family {
	return Family{
		Rule: credentialRule("slack-token", "Slack token or webhook",
			"Revoke the token or webhook in the Slack app's settings (OAuth & Permissions, Incoming Webhooks) and reinstall the app to issue a new one.",
			"https://api.slack.com/authentication/best-practices"),
		Detectors: []*detect.Detector{
			{
				ID: "slack-bot-token", Name: "Slack bot token",
				Keywords: kw("xoxb-"), Pattern: tok(`xoxb-`, `[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{24,34}`), MinEntropy: 3.5,
				TruePositives:  s(`SLACK_BOT_TOKEN=xoxb-‹dig:12›-‹dig:13›-‹b62:24›`),
				FalsePositives: s(`SLACK_BOT_TOKEN=xoxb-your-token-here`, `xoxb-123-456-abc`),
			},
			{
				ID: "slack-user-token", Name: "Slack user token",
				Keywords: kw("xoxp-"), Pattern: tok(`xoxp-`, `[0-9]{10,13}-[0-9]{10,13}-[0-9]{10,13}-[a-f0-9]{32}`), MinEntropy: 3.5,
				TruePositives:  s(`token = "xoxp-‹dig:12›-‹dig:12›-‹dig:13›-‹hex:32›"`),
				FalsePositives: s(`token = "xoxp-‹dig:12›-‹hex:32›"`),
			},
			{
				ID: "slack-app-token", Name: "Slack app-level token",
				Keywords: kw("xapp-"), Pattern: tok(`xapp-`, `[0-9]-[A-Z0-9]{9,12}-[0-9]{10,13}-[a-f0-9]{64}`), MinEntropy: 3.5,
				TruePositives:  s(`SLACK_APP_TOKEN: xapp-1-A‹up:10›-‹dig:13›-‹hex:64›`),
				FalsePositives: s(`SLACK_APP_TOKEN: xapp-1-‹up:10›`),
			},
			{
				ID: "slack-legacy-token", Name: "Slack legacy workspace or bot token",
				Keywords: kw("xoxa-", "xoxr-", "xoxs-", "xoxo-"), Pattern: tok(`xox[aros]-`, `[0-9]{1,13}-[0-9A-Za-z\-]{20,}`), MinEntropy: 3.5,
				TruePositives:  s(`legacy: xoxa-2-‹dig:12›-‹dig:12›-‹hex:32›`),
				FalsePositives: s(`xoxa-2-short`),
			},
			{
				ID: "slack-config-token", Name: "Slack app configuration token",
				Keywords: kw("xoxe.xox"), Pattern: tok(`xoxe\.xox[bp]-`, `[0-9]-[A-Za-z0-9]{150,170}`), MinEntropy: 4,
				TruePositives:  s(`SLACK_CONFIG_TOKEN=xoxe.xoxp-1-‹b62:160›`),
				FalsePositives: s(`SLACK_CONFIG_TOKEN=xoxe.xoxp-1-‹b62:40›`),
			},
			{
				ID: "slack-config-refresh-token", Name: "Slack app configuration refresh token",
				Keywords: kw("xoxe-"), Pattern: tok(`xoxe-`, `[0-9]-[A-Za-z0-9]{140,150}`), MinEntropy: 4,
				TruePositives:  s(`SLACK_REFRESH=xoxe-1-‹b62:146›`),
				FalsePositives: s(`SLACK_REFRESH=xoxe-1-‹b62:30›`),
			},
			{
				ID: "slack-webhook-url", Name: "Slack incoming webhook URL",
				Keywords: kw("hooks.slack.com/services/"),
				Pattern:  `(hooks\.slack\.com/services/T[A-Z0-9]{8,12}/B[A-Z0-9]{8,12}/[A-Za-z0-9]{24})`, MinEntropy: 4,
				TruePositives:  s(`SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T‹up:10›/B‹up:10›/‹b62:24›`),
				FalsePositives: s(`url: https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX`),
			},
			{
				ID: "slack-workflow-webhook-url", Name: "Slack workflow webhook URL",
				Keywords: kw("hooks.slack.com/workflows/", "hooks.slack.com/triggers/"),
				Pattern:  `(hooks\.slack\.com/(?:workflows|triggers)/T[A-Z0-9]{8,12}/[0-9]{6,20}/[0-9a-f]{32})`, MinEntropy: 3.5,
				TruePositives:  s(`webhook: https://hooks.slack.com/triggers/T‹up:10›/‹dig:13›/‹hex:32›`),
				FalsePositives: s(`webhook: https://hooks.slack.com/triggers/T‹up:10›/`),
			},
		},
	}
}
