package secrets

import "github.com/vigil-sec/vigil/internal/secrets/detect"

func emailFamily() Family {
	return Family{
		Rule: credentialRule("email-api-key", "email service API key",
			"Delete the key in the provider's console (SendGrid, Mailgun, Mailchimp, Brevo, Postmark, ...), create a new one with the least scope, and check the sending logs for abuse.",
			"https://docs.sendgrid.com/ui/account-and-settings/api-keys"),
		Detectors: []*detect.Detector{
			{
				ID: "sendgrid-api-key", Name: "SendGrid API key",
				Keywords: kw("sg."), Pattern: tok(`SG\.`, `[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}`), MinEntropy: 4,
				TruePositives:  s(`SENDGRID_API_KEY=SG.‹b64u:22›.‹b64u:43›`),
				FalsePositives: s(`SENDGRID_API_KEY=SG.‹b64u:22›`, `import SG.utils`),
			},
			{
				ID: "mailgun-api-key", Name: "Mailgun private API key",
				Keywords: kw("key-"), Pattern: tok(`key-`, `[0-9a-f]{32}`), MinEntropy: 3,
				TruePositives:  s(`MAILGUN_API_KEY=key-‹hex:32›`),
				FalsePositives: s(`primary-key-‹hex:8›`, `key-00000000000000000000000000000000`),
			},
			{
				ID: "mailgun-public-key", Name: "Mailgun public validation key",
				Keywords: kw("pubkey-"), Pattern: tok(`pubkey-`, `[0-9a-f]{32}`), MinEntropy: 3,
				TruePositives:  s(`MAILGUN_PUBKEY=pubkey-‹hex:32›`),
				FalsePositives: s(`pubkey-‹hex:12›`),
			},
			{
				ID: "mailgun-signing-key", Name: "Mailgun webhook signing key",
				Keywords: kw("mailgun"),
				Pattern:  assigned(`mailgun[A-Za-z0-9_.\-]{0,20}(?:sign|webhook|api)`, `[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}`), MinEntropy: 3,
				TruePositives:  s(`MAILGUN_SIGNING_KEY=‹hex:32›-‹hex:8›-‹hex:8›`),
				FalsePositives: s(`MAILGUN_DOMAIN=mg.acme.example`),
			},
			{
				ID: "mailchimp-api-key", Name: "Mailchimp API key",
				Keywords: kw("-us"), Pattern: `(?:^|[^A-Za-z0-9])([0-9a-f]{32}-us[0-9]{1,2})(?:[^A-Za-z0-9]|$)`, MinEntropy: 3,
				TruePositives:  s(`MAILCHIMP_KEY=‹hex:32›-us21`),
				FalsePositives: s(`en-us`, `‹hex:16›-us21`),
			},
			{
				ID: "brevo-api-key", Name: "Brevo (Sendinblue) API key",
				Keywords: kw("xkeysib-"), Pattern: tok(`xkeysib-`, `[a-f0-9]{64}-[A-Za-z0-9]{16}`), MinEntropy: 3.5,
				TruePositives:  s(`BREVO_API_KEY=xkeysib-‹hex:64›-‹b62:16›`),
				FalsePositives: s(`BREVO_API_KEY=xkeysib-‹hex:20›`),
			},
			{
				ID: "brevo-smtp-key", Name: "Brevo (Sendinblue) SMTP key",
				Keywords: kw("xsmtpsib-"), Pattern: tok(`xsmtpsib-`, `[a-f0-9]{64}-[A-Za-z0-9]{16}`), MinEntropy: 3.5,
				TruePositives:  s(`SMTP_PASSWORD=xsmtpsib-‹hex:64›-‹b62:16›`),
				FalsePositives: s(`SMTP_PASSWORD=xsmtpsib-`),
			},
			{
				ID: "postmark-server-token", Name: "Postmark server token",
				Keywords:       kw("postmark"),
				Pattern:        assigned(`postmark[A-Za-z0-9_.\-]{0,20}(?:token|key)`, `[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`),
				TruePositives:  s(`POSTMARK_SERVER_TOKEN=‹hex:8›-‹hex:4›-‹hex:4›-‹hex:4›-‹hex:12›`),
				FalsePositives: s(`POSTMARK_SERVER_TOKEN=POSTMARK_API_TEST`),
			},
		},
	}
}
