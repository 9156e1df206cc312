package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleGkeLegacyMetadataEndpointsEnabled = newRule("config/gke-legacy-metadata-endpoints-enabled", finding.High,
	"GKE nodes serve the legacy metadata endpoints",
	"With disable-legacy-endpoints set to false, the v0.1 and v1beta1 metadata endpoints answer without the Metadata-Flavor header, which makes credential theft through SSRF easy.",
	"Set node_config.metadata[\"disable-legacy-endpoints\"] = \"true\" (the default on current GKE versions).")

func checkGkeLegacyMetadataEndpointsEnabled() *Check {
	return attrCheck(ruleGkeLegacyMetadataEndpointsEnabled,
		expect{Types: []string{"google_container_cluster", "google_container_node_pool"}, Path: []string{"node_config", "metadata", "disable-legacy-endpoints"}, Bad: isFalse,
			Message: "disable-legacy-endpoints = %s: SSRF can reach node credentials without the metadata header"},
	)
}
