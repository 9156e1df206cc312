package evidence

import (
	"fmt"
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// RoleUnused is reported for roles that were never used, or not within the limit.
var RoleUnused = &rule.Rule{
	ID:       "access/aws-role-unused",
	Area:     finding.Access,
	Severity: finding.Medium,
	Title:    "Unused AWS IAM role",
	Description: "A role has not been assumed within the limit (90 days unless configured), or never in the 400 days " +
		"AWS tracks. Forgotten roles keep their permissions and their trust: a vendor you no longer use, a retired " +
		"pipeline, an experiment. Each is a door nobody watches.",
	Remediation: "Confirm with the owner (tags, CloudTrail), then delete the role or remove its permissions and trust. " +
		"Service-linked and IAM Identity Center roles are left out of this rule.",
	References: []string{
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_finding-unused.html",
	},
}

// managedByAWS reports whether a role is maintained by AWS (service-linked or Identity Center).
func managedByAWS(p *Principal) bool {
	return strings.HasPrefix(p.Path, "/aws-service-role/") || strings.HasPrefix(p.Path, "/aws-reserved/")
}

func checkRoleUnused(file string, p *Principal, o Options) []finding.Finding {
	if managedByAWS(p) || p.Created.IsZero() || o.Now.Sub(p.Created) <= o.UnusedAfter {
		return nil
	}
	var msg string
	switch {
	case p.LastUsed.IsZero():
		msg = fmt.Sprintf("role %s (created %s, %d days ago) has never been used as far as AWS tracks (400 days)",
			p.Name, p.Created.Format("2006-01-02"), o.age(p.Created))
	case o.Now.Sub(p.LastUsed) > o.UnusedAfter:
		msg = fmt.Sprintf("role %s was last used %s (%d days ago, limit %d)", p.Name, p.LastUsed.Format("2006-01-02"), o.age(p.LastUsed), days(o.UnusedAfter))
	default:
		return nil
	}
	return []finding.Finding{RoleUnused.Finding(finding.Location{Path: file, StartLine: p.Line}, p.ARN, msg)}
}
