package evidence

import (
	"fmt"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// PolicyUnused is reported for customer-managed policies attached to nothing.
var PolicyUnused = &rule.Rule{
	ID:       "access/aws-policy-unused",
	Area:     finding.Access,
	Severity: finding.Low,
	Title:    "Unused customer-managed IAM policy",
	Description: "A customer-managed policy is attached to no user, group or role and used as no permissions " +
		"boundary. Unused policies clutter reviews and are one attach away from granting what nobody reviewed lately.",
	Remediation: "Delete the policy, or attach it where it is meant to be used.",
	References: []string{
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_manage-delete.html",
	},
}

func checkPolicyUnused(file string, m *ManagedPolicy, o Options) []finding.Finding {
	if !m.Customer() || m.Attachments > 0 || m.BoundaryUses > 0 {
		return nil
	}
	return []finding.Finding{PolicyUnused.Finding(finding.Location{Path: file, StartLine: m.Line}, m.ARN,
		fmt.Sprintf("customer-managed policy %s is attached to nothing and is no permissions boundary", m.Name))}
}
