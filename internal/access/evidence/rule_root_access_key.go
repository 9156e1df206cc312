package evidence

import (
	"fmt"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// RootAccessKey is reported for active access keys of the root user.
var RootAccessKey = &rule.Rule{
	ID:       "access/aws-root-access-key",
	Area:     finding.Access,
	Severity: finding.Critical,
	Title:    "AWS root user has an access key",
	Description: "The account's root user has an active access key. Root cannot be limited by IAM policies; its key " +
		"is full, unrestricted control of the account, billing and closure included.",
	Remediation: "Delete the root user's access keys and use IAM roles for everything root is not strictly required for.",
	References: []string{
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-best-practices.html",
	},
}

func checkRootKey(path string, r CredentialRow, o Options) []finding.Finding {
	if !r.Root() {
		return nil
	}
	var out []finding.Finding
	for i, k := range r.Keys {
		if !k.Active {
			continue
		}
		out = append(out, RootAccessKey.Finding(finding.Location{Path: path, StartLine: r.Line}, fmt.Sprintf("%s#key%d", r.ARN, i+1),
			fmt.Sprintf("the root user has an active access key (key %d, created %s)", i+1, dateOr(k.LastRotated, "on an unknown date"))))
	}
	return out
}
