package evidence

import (
	"fmt"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// GCPKeyTooOld is reported for user-managed service-account keys older than the rotation limit.
var GCPKeyTooOld = &rule.Rule{
	ID:       "access/gcp-sa-key-too-old",
	Area:     finding.Access,
	Severity: finding.Medium,
	Title:    "GCP service-account key older than the rotation limit",
	Description: "A user-managed key of a service account is enabled and older than the rotation limit (90 days " +
		"unless configured). Downloaded key files do not expire by default and spread to laptops, CI settings and " +
		"images.",
	Remediation: "Rotate the key (create a new one, switch its users, disable and delete the old), or better, remove " +
		"it and use workload identity federation or attached service accounts.",
	References: []string{
		"https://cloud.google.com/iam/docs/best-practices-for-managing-service-account-keys",
	},
}

func checkGCPKeyAge(file string, k GCPKey, o Options) []finding.Finding {
	if !k.UserManaged || k.Disabled || k.ValidAfter.IsZero() || o.Now.Sub(k.ValidAfter) <= o.KeyMaxAge ||
		(k.Expires() && !k.ValidBefore.After(o.Now)) {
		return nil
	}
	return []finding.Finding{GCPKeyTooOld.Finding(finding.Location{Path: file, StartLine: k.Line}, k.Name,
		fmt.Sprintf("key %s of %s was created %s (%d days ago), over the %d-day rotation limit", shortID(k.ID), k.ServiceAccount,
			k.ValidAfter.Format("2006-01-02"), o.age(k.ValidAfter), days(o.KeyMaxAge)))}
}

// shortID shortens a key id for messages; the full name is the subject.
func shortID(id string) string {
	if len(id) > 12 {
		return id[:12] + "..."
	}
	return id
}
