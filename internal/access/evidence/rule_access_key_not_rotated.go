package evidence

import (
	"fmt"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// AccessKeyNotRotated is reported for active IAM access keys older than the rotation limit.
var AccessKeyNotRotated = &rule.Rule{
	ID:       "access/aws-access-key-not-rotated",
	Area:     finding.Access,
	Severity: finding.Medium,
	Title:    "AWS access key not rotated",
	Description: "An active access key of an IAM user is older than the rotation limit (90 days unless configured). " +
		"Long-lived keys end up in laptops, CI settings and old repositories; the longer a key lives, the more copies " +
		"of it exist.",
	Remediation: "Create a new key, move its users to it, deactivate and then delete the old one. Better: replace the " +
		"user's keys with a role (IAM Identity Center for people, OIDC federation or instance roles for workloads).",
	References: []string{
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#rotating_access_keys_console",
	},
}

func checkKeyRotation(path string, r CredentialRow, o Options) []finding.Finding {
	var out []finding.Finding
	for i, k := range r.Keys {
		if !k.Active || k.LastRotated.IsZero() || o.Now.Sub(k.LastRotated) <= o.KeyMaxAge {
			continue
		}
		out = append(out, AccessKeyNotRotated.Finding(finding.Location{Path: path, StartLine: r.Line}, fmt.Sprintf("%s#key%d", r.ARN, i+1),
			fmt.Sprintf("access key %d of %s is %d days old (created or rotated %s), over the %d-day rotation limit",
				i+1, userName(r), o.age(k.LastRotated), k.LastRotated.Format("2006-01-02"), days(o.KeyMaxAge))))
	}
	return out
}

func userName(r CredentialRow) string {
	if r.Root() {
		return "the root user"
	}
	return "user " + r.User
}
