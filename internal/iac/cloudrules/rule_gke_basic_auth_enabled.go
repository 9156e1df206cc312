package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/resource"
)

var ruleGkeBasicAuthEnabled = newRule("config/gke-basic-auth-enabled", finding.High,
	"GKE cluster allows basic authentication",
	"A master_auth username enables static password authentication to the API server.",
	"Remove the master_auth username and password; authenticate with Google identities.")

func checkGkeBasicAuthEnabled() *Check {
	return attrCheck(ruleGkeBasicAuthEnabled,
		expect{Types: []string{"google_container_cluster"}, Path: []string{"master_auth", "username"}, Bad: func(v *resource.Value) bool { return !emptyString(v) },
			Message: "username = %s: the API server accepts a static password"},
	)
}
