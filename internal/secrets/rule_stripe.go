package secrets

import "github.com/vigil-sec/vigil/internal/secrets/detect"

func stripeFamily() Family {
	return Family{
		Rule: credentialRule("stripe-key", "Stripe secret key",
			"Roll the key in the Stripe Dashboard (Developers > API keys, or the webhook endpoint's signing secret) and review the request logs.",
			"https://docs.stripe.com/keys"),
		Detectors: []*detect.Detector{
			{
				ID: "stripe-live-secret-key", Name: "Stripe live secret key",
				Keywords: kw("sk_live_"), Pattern: tok(`sk_live_`, `[A-Za-z0-9]{24,247}`), MinEntropy: 3.5,
				TruePositives:  s(`STRIPE_SECRET_KEY=sk_live_‹b62:99›`, `Stripe.api_key = "sk_live_‹b62:24›"`),
				FalsePositives: s(`STRIPE_SECRET_KEY=sk_live_‹b62:10›`, `pk_live_‹b62:24›`),
			},
			{
				ID: "stripe-restricted-key", Name: "Stripe live restricted key",
				Keywords: kw("rk_live_"), Pattern: tok(`rk_live_`, `[A-Za-z0-9]{24,247}`), MinEntropy: 3.5,
				TruePositives:  s(`STRIPE_KEY: rk_live_‹b62:99›`),
				FalsePositives: s(`STRIPE_KEY: rk_live_XXXXXXXXXXXXXXXXXXXXXXXXXXXX`),
			},
			{
				ID: "stripe-test-secret-key", Name: "Stripe test-mode secret key", LowImpact: true,
				Keywords: kw("sk_test_", "rk_test_"), Pattern: tok(`[rs]k_test_`, `[A-Za-z0-9]{24,247}`), MinEntropy: 3.5,
				TruePositives:  s(`stripe.api_key = "sk_test_‹b62:24›"`),
				FalsePositives: s(`stripe.api_key = "sk_test_‹b62:8›"`),
			},
			{
				ID: "stripe-webhook-secret", Name: "Stripe webhook signing secret",
				Keywords: kw("whsec_"), Pattern: tok(`whsec_`, `[A-Za-z0-9+/=]{32,}`), MinEntropy: 3.5,
				TruePositives:  s(`STRIPE_WEBHOOK_SECRET=whsec_‹b62:32›`),
				FalsePositives: s(`STRIPE_WEBHOOK_SECRET=whsec_...`),
			},
		},
	}
}
