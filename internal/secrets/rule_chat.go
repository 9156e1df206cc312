package secrets

import "github.com/vigil-sec/vigil/internal/secrets/detect"

func chatFamily() Family {
	return Family{
		Rule: credentialRule("messaging-token", "messaging bot token or webhook",
			"Regenerate the bot token or delete the webhook (Discord Developer Portal, Telegram @BotFather /revoke, Teams connector settings, Twilio Console) and create a new one.",
			"https://core.telegram.org/bots/features#botfather"),
		Detectors: []*detect.Detector{
			{
				ID: "discord-bot-token", Name: "Discord bot token",
				Keywords: kw("discord"),
				Pattern:  `(?i:discord)[^\n]{0,60}?["'=:\s]([MNO][A-Za-z0-9_\-]{23,25}\.[A-Za-z0-9_\-]{6}\.[A-Za-z0-9_\-]{27,38})(?:[^A-Za-z0-9_\-]|$)`, MinEntropy: 4,
				TruePositives:  s(`DISCORD_BOT_TOKEN="M‹b62:25›.‹b64u:6›.‹b64u:38›"`),
				FalsePositives: s(`DISCORD_BOT_TOKEN=""`, `discord.py`),
			},
			{
				ID: "discord-webhook-url", Name: "Discord webhook URL",
				Keywords: kw("/api/webhooks/"),
				Pattern:  `(?:discord|discordapp)\.com/api/webhooks/[0-9]{17,20}/([A-Za-z0-9_\-]{60,68})`, MinEntropy: 4,
				TruePositives:  s(`url = "https://discord.com/api/webhooks/‹dig:18›/‹b64u:68›"`),
				FalsePositives: s(`url = "https://discord.com/api/webhooks/{id}/{token}"`),
			},
			{
				ID: "telegram-bot-token", Name: "Telegram bot token",
				Keywords: kw(":aa"),
				Pattern:  `(?:^|[^0-9A-Za-z_])([0-9]{8,10}:AA[0-9A-Za-z_\-]{33})(?:[^0-9A-Za-z_\-]|$)`, MinEntropy: 3.5,
				TruePositives:  s(`TELEGRAM_BOT_TOKEN=‹dig:10›:AA‹b64u:33›`),
				FalsePositives: s(`TELEGRAM_BOT_TOKEN=‹dig:10›:AA‹b64u:10›`, `at 12:AA`),
			},
			{
				ID: "microsoft-teams-webhook-url", Name: "Microsoft Teams incoming webhook URL",
				Keywords:       kw("webhook.office.com"),
				Pattern:        `(https://[a-z0-9\-]+\.webhook\.office\.com/webhookb2/[a-f0-9\-]{36}@[a-f0-9\-]{36}/IncomingWebhook/[A-Za-z0-9]{32}/[a-f0-9\-]{36}(?:/[A-Za-z0-9_\-]+)?)`,
				TruePositives:  s(`TEAMS_WEBHOOK=https://acme.webhook.office.com/webhookb2/‹hex:8›-‹hex:4›-‹hex:4›-‹hex:4›-‹hex:12›@‹hex:8›-‹hex:4›-‹hex:4›-‹hex:4›-‹hex:12›/IncomingWebhook/‹b62:32›/‹hex:8›-‹hex:4›-‹hex:4›-‹hex:4›-‹hex:12›`),
				FalsePositives: s(`TEAMS_WEBHOOK=https://acme.webhook.office.com/webhookb2/`),
			},
			{
				ID: "twilio-api-key", Name: "Twilio API key",
				Keywords: kw("twilio"),
				Pattern:  `(?i:twilio)[^\n]{0,60}?(?:^|[^A-Za-z0-9])(SK[0-9a-fA-F]{32})(?:[^A-Za-z0-9]|$)`, MinEntropy: 3,
				TruePositives:  s(`TWILIO_API_KEY=SK‹hex:32›`),
				FalsePositives: s(`TWILIO_API_KEY=SK‹hex:16›`),
			},
			{
				ID: "twilio-auth-token", Name: "Twilio auth token",
				Keywords: kw("twilio"),
				Pattern:  assigned(`twilio[A-Za-z0-9_.\-]{0,20}(?:auth|token|secret)`, `[0-9a-f]{32}`), MinEntropy: 3,
				TruePositives:  s(`TWILIO_AUTH_TOKEN=‹hex:32›`, `twilioAuthToken: "‹hex:32›"`),
				FalsePositives: s(`TWILIO_ACCOUNT_SID=AC‹hex:32›`, `TWILIO_AUTH_TOKEN=${TWILIO_AUTH_TOKEN}`),
			},
		},
	}
}
