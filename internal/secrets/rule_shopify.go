package secrets

import "github.com/vigil-sec/vigil/internal/secrets/detect"

func shopifyFamily() Family {
	d := func(id, name, prefix string) *detect.Detector {
		return &detect.Detector{
			ID: id, Name: name, Keywords: kw(prefix), Pattern: tok(prefix, `[a-fA-F0-9]{32}`), MinEntropy: 3,
			TruePositives:  s(`SHOPIFY_TOKEN=` + prefix + `‹hex:32›`),
			FalsePositives: s(`SHOPIFY_TOKEN=`+prefix+`‹hex:16›`, prefix+`00000000000000000000000000000000`),
		}
	}
	return Family{
		Rule: credentialRule("shopify-token", "Shopify token",
			"Uninstall or rotate the app's credentials in the Shopify Partner dashboard or the store admin (Apps > Develop apps) and review the store's activity.",
			"https://shopify.dev/docs/apps/build/authentication-authorization"),
		Detectors: []*detect.Detector{
			d("shopify-access-token", "Shopify Admin API access token", "shpat_"),
			d("shopify-custom-app-token", "Shopify custom app access token", "shpca_"),
			d("shopify-private-app-token", "Shopify private app access token", "shppa_"),
			d("shopify-shared-secret", "Shopify app shared secret", "shpss_"),
		},
	}
}
