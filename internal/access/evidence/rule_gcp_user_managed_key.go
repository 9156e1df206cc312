package evidence

import (
	"fmt"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// GCPUserManagedKey is reported once per service account that has enabled user-managed keys.
var GCPUserManagedKey = &rule.Rule{
	ID:       "access/gcp-sa-user-managed-key",
	Area:     finding.Access,
	Severity: finding.Low,
	Title:    "GCP service account uses downloaded keys",
	Description: "A service account has enabled user-managed keys. Workloads on Google Cloud (attached service " +
		"accounts, GKE workload identity) and outside it (workload identity federation for GitHub Actions, GitLab, " +
		"AWS, Azure) can authenticate without any key file to leak.",
	Remediation: "Move the key's users to workload identity (federation or attached service accounts), then delete " +
		"the keys and enforce the iam.disableServiceAccountKeyCreation organization policy.",
	References: []string{
		"https://cloud.google.com/iam/docs/workload-identity-federation",
		"https://cloud.google.com/iam/docs/best-practices-for-managing-service-account-keys",
	},
}

// checkGCPUserManagedKeys reports each service account with enabled, unexpired user-managed keys,
// at its first key.
func checkGCPUserManagedKeys(file string, keys []GCPKey, o Options) []finding.Finding {
	first := map[string]GCPKey{}
	count := map[string]int{}
	var order []string
	for _, k := range keys {
		if !k.UserManaged || k.Disabled || (k.Expires() && !k.ValidBefore.After(o.Now)) {
			continue
		}
		if _, seen := first[k.ServiceAccount]; !seen {
			first[k.ServiceAccount] = k
			order = append(order, k.ServiceAccount)
		}
		count[k.ServiceAccount]++
	}
	var out []finding.Finding
	for _, sa := range order {
		k := first[sa]
		out = append(out, GCPUserManagedKey.Finding(finding.Location{Path: file, StartLine: k.Line}, sa,
			fmt.Sprintf("service account %s has %d enabled user-managed key(s); workload identity avoids key files", sa, count[sa])))
	}
	return out
}
