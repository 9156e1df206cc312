package evidence

import (
	"fmt"

	"github.com/vigil-sec/vigil/internal/access/iampolicy"
	"github.com/vigil-sec/vigil/internal/access/iamrules"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// RoleTrustTooOpen is reported for live roles whose trust policy lets anyone, any CI repository or
// another account without an external id assume them.
var RoleTrustTooOpen = &rule.Rule{
	ID:       "access/aws-role-trust-too-open",
	Area:     finding.Access,
	Severity: finding.High,
	Title:    "AWS role trust policy is too open",
	Description: "In the exported account, a role's trust policy lets any AWS principal assume it, trusts a CI " +
		"provider's OIDC tokens without pinning the repository or project, or trusts another account without " +
		"requiring an external ID. The export names the role's own account, so cross-account trust is certain here. " +
		"The checks are those of the trust-policy rules for policies in code.",
	Remediation: "Name the principals that may assume the role; pin OIDC trust to the repository and branch or " +
		"environment with a sub condition; require sts:ExternalId from third parties.",
	References: []string{
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html",
		"https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services",
	},
}

func checkRoleTrust(file string, p *Principal) []finding.Finding {
	if p.Trust == nil || managedByAWS(p) {
		return nil
	}
	var out []finding.Finding
	for _, src := range iamrules.CheckTrust(*p.Trust, p.ARN, iampolicy.AccountOf(p.ARN)) {
		f := RoleTrustTooOpen.Finding(src.Location, src.Subject, fmt.Sprintf("role %s: %s", p.Name, src.Message))
		f.Severity, f.Confidence = src.Severity, src.Confidence
		f.Properties = map[string]string{"check": src.RuleID}
		out = append(out, f)
	}
	return out
}
