package iamrules

import (
	"fmt"

	"github.com/vigil-sec/vigil/internal/access/iampolicy"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// TrustCrossAccount is reported for trust of another account without an external id.
var TrustCrossAccount = &rule.Rule{
	ID:       "access/trust-policy-cross-account-no-external-id",
	Area:     finding.Access,
	Severity: finding.Medium,
	Title:    "Cross-account trust without an external ID",
	Description: "The role trusts principals of another AWS account and does not require sts:ExternalId. When that " +
		"account is a vendor serving many customers, any of its customers who learns the role's ARN can make the vendor " +
		"assume it (the confused deputy problem).",
	Remediation: "Require the external ID the vendor gives you with a StringEquals sts:ExternalId condition, or limit " +
		"the trust to your organization with aws:PrincipalOrgID when the other account is your own.",
	References: []string{
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html",
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html",
	},
}

// CheckTrustCrossAccount reports AWS principals of accounts other than owner that may assume the
// role without an external id. owner is the role's own account; when it is unknown ("") only
// whole-account principals are reported, with medium confidence.
func CheckTrustCrossAccount(d Document, role, owner string) []finding.Finding {
	var out []finding.Finding
	for _, st := range trustStatements(d.Policy) {
		if st.NotPrincipal || requiresExternalID(st.Conditions) {
			continue
		}
		for _, e := range st.Principal.Of("AWS") {
			acct := iampolicy.AccountOf(e.Value.Text)
			if acct == "" || acct == owner || (owner == "" && !iampolicy.IsAccountRoot(e.Value.Text)) {
				continue
			}
			f := TrustCrossAccount.Finding(d.Locate(e.Value.Pos), role+"#"+acct,
				fmt.Sprintf("%s lets %s (account %s) assume the role without an sts:ExternalId condition", where(d, st), e.Value.Text, acct))
			if owner == "" {
				f.Confidence = finding.ConfidenceMedium
				f.Message += " (the role's own account is not known here: if it is " + acct + ", this is not cross-account)"
			}
			out = append(out, f)
		}
	}
	return out
}

func requiresExternalID(conds []iampolicy.Condition) bool {
	for _, c := range conds {
		switch {
		case c.KeyIs("sts:ExternalId") && c.Matching() && !c.Negated() && !c.IfExists && !c.HasWildcardValue():
			return true
		case (c.KeyIs("aws:PrincipalOrgID") || c.KeyIs("aws:PrincipalOrgPaths")) && c.Matching() && !c.Negated() && !c.IfExists:
			return true
		}
	}
	return false
}
