package secrets

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/secrets/detect"
)

func jwtFamily() Family {
	r := credentialRule("jwt", "signed JSON Web Token",
		"If the token is long-lived or has no expiry, revoke it (rotate the signing key if nothing else revokes it) and fetch tokens at run time instead of committing them.",
		"https://datatracker.ietf.org/doc/html/rfc8725")
	r.Severity = finding.Medium
	return Family{
		Rule: r,
		Detectors: []*detect.Detector{
			{
				ID: "jwt", Name: "JSON Web Token", Yield: true,
				Keywords: kw("eyj"),
				Pattern:  `(?:^|[^A-Za-z0-9_\-.])(eyJ[A-Za-z0-9_\-]{10,}\.eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{20,})(?:[^A-Za-z0-9_\-.]|$)`,
				Valid:    validJWT,
				TruePositives: s(`Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJkZXBsb3kiLCJpc3MiOiJhY21lIn0.‹b64u:43›`,
					`SUPABASE_SERVICE_ROLE_KEY=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJyb2xlIjoic2VydmljZV9yb2xlIiwiaXNzIjoic3VwYWJhc2UifQ.‹b64u:43›`),
				FalsePositives: s(
					// The jwt.io example token.
					`eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c`,
					// Unsigned (alg none): no signature, not a credential.
					`eyJhbGciOiJub25lIn0.eyJzdWIiOiJkZXBsb3kifQ.`,
					`eyJ‹b64u:20›.eyJ‹b64u:20›.‹b64u:43›`),
			},
		},
	}
}
