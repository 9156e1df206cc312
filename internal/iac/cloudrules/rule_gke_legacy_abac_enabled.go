package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleGkeLegacyAbacEnabled = newRule("config/gke-legacy-abac-enabled", finding.High,
	"GKE cluster uses legacy ABAC",
	"Legacy attribute-based access control grants broad, static permissions outside Kubernetes RBAC.",
	"Set enable_legacy_abac = false and use RBAC.")

func checkGkeLegacyAbacEnabled() *Check {
	return attrCheck(ruleGkeLegacyAbacEnabled,
		expect{Types: []string{"google_container_cluster"}, Path: []string{"enable_legacy_abac"}, Bad: isTrue,
			Message: "enable_legacy_abac = %s: legacy ABAC bypasses RBAC"},
	)
}
