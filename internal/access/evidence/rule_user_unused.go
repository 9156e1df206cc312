package evidence

import (
	"fmt"
	"strings"
	"time"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// UserUnused is reported for IAM users whose credentials have all gone unused.
var UserUnused = &rule.Rule{
	ID:       "access/aws-user-unused",
	Area:     finding.Access,
	Severity: finding.Medium,
	Title:    "Unused AWS IAM user",
	Description: "An IAM user has a console password or an active access key, but has used none of them within the " +
		"limit (90 days unless configured). Forgotten users keep their permissions and credentials: someone who left, " +
		"a retired integration, a test account.",
	Remediation: "Confirm with the owner, then remove the user's password and keys (or the user). Give people access " +
		"through IAM Identity Center so that leaving the company removes it.",
	References: []string{
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_finding-unused.html",
	},
}

func checkUserUnused(path string, r CredentialRow, o Options) []finding.Finding {
	if r.Root() || r.Created.IsZero() || o.Now.Sub(r.Created) <= o.UnusedAfter {
		return nil
	}
	var creds []string
	var last time.Time
	if r.PasswordEnabled {
		creds = append(creds, "a console password")
		if r.PasswordUsed.After(last) {
			last = r.PasswordUsed
		}
	}
	for i, k := range r.Keys {
		if !k.Active {
			continue
		}
		creds = append(creds, fmt.Sprintf("access key %d", i+1))
		if k.LastUsed.After(last) {
			last = k.LastUsed
		}
	}
	if len(creds) == 0 || (!last.IsZero() && o.Now.Sub(last) <= o.UnusedAfter) {
		return nil
	}
	when := "none of them has ever been used"
	if !last.IsZero() {
		when = fmt.Sprintf("the last use of any was %s (%d days ago)", last.Format("2006-01-02"), o.age(last))
	}
	return []finding.Finding{UserUnused.Finding(finding.Location{Path: path, StartLine: r.Line}, r.ARN,
		fmt.Sprintf("user %s (created %s) has %s, but %s", r.User, r.Created.Format("2006-01-02"), strings.Join(creds, " and "), when))}
}
