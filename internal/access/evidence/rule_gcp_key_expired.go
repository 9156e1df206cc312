package evidence

import (
	"fmt"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// GCPKeyExpired is reported for user-managed keys past their expiry that are still listed.
var GCPKeyExpired = &rule.Rule{
	ID:       "access/gcp-sa-key-expired",
	Area:     finding.Access,
	Severity: finding.Low,
	Title:    "Expired GCP service-account key not deleted",
	Description: "A user-managed key is past its expiry date but still exists. It no longer authenticates, but it " +
		"shows that keys are not cleaned up, and whatever used it has either broken or moved to another credential.",
	Remediation: "Delete the expired key, and find out what replaced it.",
	References: []string{
		"https://cloud.google.com/iam/docs/keys-list-get",
	},
}

func checkGCPKeyExpired(file string, k GCPKey, o Options) []finding.Finding {
	if !k.UserManaged || !k.Expires() || k.ValidBefore.After(o.Now) {
		return nil
	}
	return []finding.Finding{GCPKeyExpired.Finding(finding.Location{Path: file, StartLine: k.Line}, k.Name,
		fmt.Sprintf("key %s of %s expired %s (%d days ago) and has not been deleted", shortID(k.ID), k.ServiceAccount,
			k.ValidBefore.Format("2006-01-02"), o.age(k.ValidBefore)))}
}
