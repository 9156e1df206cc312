package evidence

import (
	"fmt"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// AccessKeyUnused is reported for active access keys not used within the limit.
var AccessKeyUnused = &rule.Rule{
	ID:       "access/aws-access-key-unused",
	Area:     finding.Access,
	Severity: finding.Medium,
	Title:    "Active AWS access key not used",
	Description: "An access key is active but has not been used for longer than the limit (90 days unless " +
		"configured), or never since it was created. Nobody needs it, but whoever holds a copy can still use it.",
	Remediation: "Deactivate the key; delete it once nothing breaks.",
	References: []string{
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_finding-unused.html",
	},
}

func checkKeyUnused(path string, r CredentialRow, o Options) []finding.Finding {
	var out []finding.Finding
	for i, k := range r.Keys {
		if !k.Active {
			continue
		}
		var msg string
		switch {
		case k.LastUsed.IsZero() && !k.LastRotated.IsZero() && o.Now.Sub(k.LastRotated) > o.UnusedAfter:
			msg = fmt.Sprintf("access key %d of %s is active but has never been used since it was created %s (%d days ago)",
				i+1, userName(r), k.LastRotated.Format("2006-01-02"), o.age(k.LastRotated))
		case !k.LastUsed.IsZero() && o.Now.Sub(k.LastUsed) > o.UnusedAfter:
			msg = fmt.Sprintf("access key %d of %s is active but was last used %s (%d days ago, limit %d)",
				i+1, userName(r), k.LastUsed.Format("2006-01-02"), o.age(k.LastUsed), days(o.UnusedAfter))
		default:
			continue
		}
		out = append(out, AccessKeyUnused.Finding(finding.Location{Path: path, StartLine: r.Line}, fmt.Sprintf("%s#key%d", r.ARN, i+1), msg))
	}
	return out
}
