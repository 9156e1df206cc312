package iamrules

import (
	"fmt"

	"github.com/vigil-sec/vigil/internal/access/iampolicy"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// TrustAnyPrincipal is reported when a role's trust policy lets anyone assume it.
var TrustAnyPrincipal = &rule.Rule{
	ID:       "access/trust-policy-any-principal",
	Area:     finding.Access,
	Severity: finding.Critical,
	Title:    "Role can be assumed by any AWS principal",
	Description: "The role's trust policy allows sts:AssumeRole (or a web identity or SAML assumption) to \"Principal\": " +
		"\"*\" with no condition that limits the caller to an account or organization. Any principal of any AWS " +
		"account can take the role's permissions.",
	Remediation: "Name the accounts, roles or services that may assume the role in Principal, or add an " +
		"aws:PrincipalOrgID or aws:PrincipalArn condition.",
	References: []string{
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html#iam-term-trust-policy",
	},
}

// trustStatements are the Allow statements of a policy that let principals assume a role.
func trustStatements(p *iampolicy.Policy) []*iampolicy.Statement {
	var out []*iampolicy.Statement
	for _, st := range p.Statements {
		if st.Effect != iampolicy.Allow || st.Principal == nil {
			continue
		}
		for _, a := range st.Actions {
			if !a.Unresolved && (isAssumeAction(a.Text) || iampolicy.MatchAction(a.Text, "sts:AssumeRole")) {
				out = append(out, st)
				break
			}
		}
	}
	return out
}

// CheckTrustAnyPrincipal reports trust statements open to everyone. role names the role for the
// subject.
func CheckTrustAnyPrincipal(d Document, role string) []finding.Finding {
	var out []finding.Finding
	for _, st := range trustStatements(d.Policy) {
		if !(st.Principal.Everyone() || st.NotPrincipal) || limitsWho(st.Conditions) {
			continue
		}
		out = append(out, TrustAnyPrincipal.Finding(d.Locate(st.Principal.EveryoneAt()), role+"#"+statementKey(st),
			fmt.Sprintf("%s lets any AWS principal call %s: nothing limits the caller to an account or organization", where(d, st), actionsPhrase(st))))
	}
	return out
}
