package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleOpensearchNodeToNodeUnencrypted = newRule("config/opensearch-node-to-node-unencrypted", finding.Medium,
	"OpenSearch node-to-node traffic is not encrypted",
	"Nodes of the domain exchange data in plaintext inside the VPC.",
	"Enable node_to_node_encryption (NodeToNodeEncryptionOptions Enabled).")

func checkOpensearchNodeToNodeUnencrypted() *Check {
	return attrCheck(ruleOpensearchNodeToNodeUnencrypted,
		expect{Types: []string{"aws_opensearch_domain", "aws_elasticsearch_domain"}, Path: []string{"node_to_node_encryption", "enabled"}, Bad: isFalse,
			Message: "enabled = %s: traffic between nodes is not encrypted",
			Missing: defaultNote("node_to_node_encryption.enabled", "false", "traffic between nodes is not encrypted")},
		expect{Types: []string{"AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"}, Path: []string{"NodeToNodeEncryptionOptions", "Enabled"}, Bad: isFalse,
			Message: "Enabled: %s: traffic between nodes is not encrypted",
			Missing: defaultNote("NodeToNodeEncryptionOptions.Enabled", "false", "traffic between nodes is not encrypted")},
	)
}
