package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleGkeNodeMetadataExposed = newRule("config/gke-node-metadata-exposed", finding.Medium,
	"GKE nodes expose the instance metadata to workloads",
	"workload_metadata_config mode GCE_METADATA (or node_metadata EXPOSE) lets every pod read the node's service account token and metadata.",
	"Use mode = \"GKE_METADATA\" with Workload Identity.")

func checkGkeNodeMetadataExposed() *Check {
	return attrCheck(ruleGkeNodeMetadataExposed,
		expect{Types: []string{"google_container_cluster", "google_container_node_pool"}, Path: []string{"node_config", "workload_metadata_config", "mode"}, Bad: oneOf("GCE_METADATA", "MODE_UNSPECIFIED"),
			Message: "mode = %s: pods can read the node's credentials"},
		expect{Types: []string{"google_container_cluster", "google_container_node_pool"}, Path: []string{"node_config", "workload_metadata_config", "node_metadata"}, Bad: oneOf("EXPOSE", "UNSPECIFIED"),
			Message: "node_metadata = %s: pods can read the node's credentials"},
	)
}
