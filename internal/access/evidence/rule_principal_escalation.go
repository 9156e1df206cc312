package evidence

import (
	"fmt"

	"github.com/vigil-sec/vigil/internal/access/iamrules"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// PrincipalEscalation is reported for live users and roles whose policies allow a known
// privilege-escalation path.
var PrincipalEscalation = &rule.Rule{
	ID:       "access/aws-principal-privilege-escalation",
	Area:     finding.Access,
	Severity: finding.High,
	Title:    "AWS user or role can escalate its privileges",
	Description: "In the exported account, a user's or role's policies (its own, its groups' and the managed ones " +
		"attached) allow a known privilege-escalation chain, judged by the same paths as policies in code: passing a " +
		"role to new compute, rewriting policies, taking over other users or roles. The finding lists each step and " +
		"the policy statement that grants it.",
	Remediation: "Remove or scope one step of the chain (iam:PassRole to named roles with iam:PassedToService, IAM " +
		"write actions to named resources). Principals that already have administrator access are reported by " +
		"access/aws-principal-admin-equivalent instead.",
	References: []string{
		"https://rhinosecuritylabs.com/aws/aws-privilege-escalation-methods-mitigation/",
	},
}

func checkPrincipalEscalation(file string, d *AuthDetails, p *Principal) []finding.Finding {
	if p.Kind == "role" && managedByAWS(p) {
		return nil
	}
	id := d.identity(file, p)
	if len(id.Documents) == 0 || len(iamrules.CheckAdminEquivalent(id)) > 0 {
		return nil
	}
	var out []finding.Finding
	for _, src := range iamrules.CheckPrivilegeEscalation(id) {
		f := PrincipalEscalation.Finding(finding.Location{Path: file, StartLine: p.Line}, p.ARN+"#"+src.Properties["path"],
			fmt.Sprintf("%s %s: %s", p.Kind, p.Name, src.Message))
		f.Related, f.Properties, f.Confidence = src.Related, src.Properties, src.Confidence
		out = append(out, f)
	}
	return out
}
