package evidence

import (
	"fmt"
	"time"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// RootUsedRecently is reported when the root user signed in or used a key recently.
var RootUsedRecently = &rule.Rule{
	ID:       "access/aws-root-used-recently",
	Area:     finding.Access,
	Severity: finding.Medium,
	Title:    "AWS root user used recently",
	Description: "The root user's password or access key was used within the configured window (90 days unless " +
		"configured). Daily work as root bypasses every IAM guardrail and leaves no per-person trail.",
	Remediation: "Find out who used root and why (CloudTrail), give that task to an IAM role, and keep root for the few " +
		"tasks that need it, with its credentials locked away.",
	References: []string{
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-tasks.html",
	},
}

func checkRootUse(path string, r CredentialRow, o Options) []finding.Finding {
	if !r.Root() {
		return nil
	}
	last, how := r.PasswordUsed, "signed in to the console"
	for i, k := range r.Keys {
		if k.LastUsed.After(last) {
			last, how = k.LastUsed, fmt.Sprintf("used access key %d", i+1)
		}
	}
	if last.IsZero() || o.Now.Sub(last) > o.RootUsedWithin {
		return nil
	}
	return []finding.Finding{RootUsedRecently.Finding(finding.Location{Path: path, StartLine: r.Line}, r.ARN+"#use",
		fmt.Sprintf("the root user %s on %s (%d days ago)", how, last.Format("2006-01-02"), o.age(last)))}
}

func dateOr(t time.Time, unknown string) string {
	if t.IsZero() {
		return unknown
	}
	return t.Format("2006-01-02")
}
