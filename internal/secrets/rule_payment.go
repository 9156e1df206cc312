package secrets

import "github.com/vigil-sec/vigil/internal/secrets/detect"

func paymentFamily() Family {
	return Family{
		Rule: credentialRule("payment-api-key", "payment provider credential",
			"Revoke the credential in the provider's developer dashboard (Square, PayPal/Braintree, Plaid, GoCardless, Flutterwave, Adyen, ...) and review recent transactions.",
			"https://developer.squareup.com/docs/build-basics/access-tokens"),
		Detectors: []*detect.Detector{
			{
				ID: "square-access-token", Name: "Square access token",
				Keywords: kw("eaaa"), Pattern: tok(`EAAA`, `[A-Za-z0-9_\-]{60}`), MinEntropy: 4,
				TruePositives:  s(`SQUARE_ACCESS_TOKEN=EAAA‹b64u:60›`),
				FalsePositives: s(`EAAA‹b64u:30›`),
			},
			{
				ID: "square-legacy-access-token", Name: "Square legacy access token",
				Keywords: kw("sq0atp-"), Pattern: tok(`sq0atp-`, `[0-9A-Za-z_\-]{22}`), MinEntropy: 3.5,
				TruePositives:  s(`square_token: sq0atp-‹b64u:22›`),
				FalsePositives: s(`square_token: sq0atp-‹b64u:10›`),
			},
			{
				ID: "square-oauth-secret", Name: "Square OAuth application secret",
				Keywords: kw("sq0csp-"), Pattern: tok(`sq0csp-`, `[0-9A-Za-z_\-]{43}`), MinEntropy: 3.5,
				TruePositives:  s(`square_secret: sq0csp-‹b64u:43›`),
				FalsePositives: s(`square_secret: sq0csp-`),
			},
			{
				ID: "braintree-access-token", Name: "PayPal Braintree access token",
				Keywords: kw("access_token$production$", "access_token$sandbox$"),
				Pattern:  `(access_token\$(?:production|sandbox)\$[0-9a-z]{16}\$[0-9a-f]{32})`, MinEntropy: 3.5,
				TruePositives:  s(`BRAINTREE_TOKEN="access_token$production$‹low:16›$‹hex:32›"`),
				FalsePositives: s(`BRAINTREE_TOKEN="access_token$production$"`),
			},
			{
				ID: "paypal-client-secret", Name: "PayPal REST client secret",
				Keywords: kw("paypal"),
				Pattern:  assigned(`paypal[A-Za-z0-9_.\-]{0,20}secret`, `E[A-Za-z0-9_\-]{79}`), MinEntropy: 4,
				TruePositives:  s(`PAYPAL_CLIENT_SECRET=E‹b64u:79›`),
				FalsePositives: s(`PAYPAL_CLIENT_ID=A‹b64u:79›`, `PAYPAL_CLIENT_SECRET=${PAYPAL_SECRET}`),
			},
			{
				ID: "plaid-access-token", Name: "Plaid access token",
				Keywords:       kw("access-production-", "access-development-"),
				Pattern:        tok(`access-(?:production|development)-`, `[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`),
				TruePositives:  s(`plaid_token = "access-production-‹hex:8›-‹hex:4›-‹hex:4›-‹hex:4›-‹hex:12›"`),
				FalsePositives: s(`plaid_token = "access-sandbox-‹hex:8›-‹hex:4›-‹hex:4›-‹hex:4›-‹hex:12›"`),
			},
			{
				ID: "gocardless-access-token", Name: "GoCardless live access token",
				Keywords: kw("gocardless"),
				Pattern:  assigned(`gocardless`, `live_[A-Za-z0-9_\-=]{40}`), MinEntropy: 4,
				TruePositives:  s(`GOCARDLESS_ACCESS_TOKEN=live_‹b64u:40›`),
				FalsePositives: s(`live_reload = true`, `GOCARDLESS_ACCESS_TOKEN=sandbox_‹b64u:40›`),
			},
			{
				ID: "flutterwave-secret-key", Name: "Flutterwave secret key",
				Keywords: kw("flwseck"), Pattern: tok(`FLWSECK(?:_TEST)?-`, `[a-h0-9]{32}-X`), MinEntropy: 3,
				TruePositives:  s(`FLW_SECRET_KEY=FLWSECK-‹hex:32›-X`),
				FalsePositives: s(`FLW_SECRET_KEY=FLWSECK-xxxx`),
			},
			{
				ID: "flutterwave-encryption-key", Name: "Flutterwave encryption key",
				Keywords: kw("flwseck"), Pattern: tok(`FLWSECK(?:_TEST)?`, `[a-h0-9]{12}`), MinEntropy: 2.5,
				TruePositives:  s(`FLW_ENCRYPTION_KEY=FLWSECK‹hex:12›`),
				FalsePositives: s(`FLW_ENCRYPTION_KEY=FLWSECK`),
			},
			{
				ID: "adyen-api-key", Name: "Adyen API key",
				Keywords: kw("aqe"), Pattern: tok(`AQE[a-zA-Z0-9]{3}`, `[A-Za-z0-9+/=._\-]{150,300}`), MinEntropy: 4.5,
				TruePositives:  s(`ADYEN_API_KEY=AQEyhmfxK‹b64:200›`),
				FalsePositives: s(`ADYEN_API_KEY=AQEyhmfx`),
			},
			{
				ID: "duffel-api-token", Name: "Duffel API token",
				Keywords: kw("duffel_"), Pattern: tok(`duffel_(?:test|live)_`, `[A-Za-z0-9_\-=]{43}`), MinEntropy: 3.5,
				TruePositives:  s(`DUFFEL_TOKEN=duffel_live_‹b64u:43›`),
				FalsePositives: s(`DUFFEL_TOKEN=duffel_live_`),
			},
			{
				ID: "easypost-api-key", Name: "EasyPost API key",
				Keywords: kw("ezak"), Pattern: tok(`EZ[AT]K`, `[A-Za-z0-9]{54}`), MinEntropy: 4,
				TruePositives:  s(`EASYPOST_API_KEY=EZAK‹b62:54›`),
				FalsePositives: s(`EASYPOST_API_KEY=EZAK‹b62:20›`),
			},
			{
				ID: "shippo-api-token", Name: "Shippo API token",
				Keywords: kw("shippo_"), Pattern: tok(`shippo_(?:live|test)_`, `[a-f0-9]{40}`), MinEntropy: 3,
				TruePositives:  s(`SHIPPO_TOKEN=shippo_live_‹hex:40›`),
				FalsePositives: s(`SHIPPO_TOKEN=shippo_live_‹hex:12›`),
			},
		},
	}
}
