package iamrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// Rules lists the rules that the functions of this package report.
func Rules() []*rule.Rule {
	return []*rule.Rule{AdminEquivalent, SensitiveWildcard, PrivilegeEscalation, PublicResourcePolicy,
		TrustAnyPrincipal, TrustOIDC, TrustCrossAccount}
}

// CheckIdentity runs the identity rules over a principal's policies. When the policies are
// administrator-equivalent, that one finding stands for the wildcards and escalation paths it
// implies.
func CheckIdentity(id Identity) []finding.Finding {
	if admin := CheckAdminEquivalent(id); len(admin) > 0 {
		return admin
	}
	return append(CheckSensitiveWildcard(id), CheckPrivilegeEscalation(id)...)
}

// CheckTrust runs the trust-policy rules over a role's trust policy. owner is the role's account
// when known.
func CheckTrust(d Document, role, owner string) []finding.Finding {
	out := CheckTrustAnyPrincipal(d, role)
	out = append(out, CheckTrustOIDC(d, role)...)
	return append(out, CheckTrustCrossAccount(d, role, owner)...)
}

// CheckDocument classifies a standalone policy document and runs the rules that fit it: the
// identity rules for an identity policy (as the only policy of a principal named name), the trust
// rules for a trust policy, the public-access rule for another resource policy.
func CheckDocument(d Document, name string) []finding.Finding {
	switch Classify(d.Policy) {
	case TrustPolicy:
		return CheckTrust(d, name, "")
	case ResourcePolicy:
		return CheckPublicResourcePolicy(d, name)
	}
	return CheckIdentity(Identity{Name: name, Documents: []Document{d}})
}
