package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleOpensearchUnencryptedAtRest = newRule("config/opensearch-unencrypted-at-rest", finding.High,
	"OpenSearch domain is not encrypted at rest",
	"Indices, logs and swap of the domain's nodes are stored unencrypted.",
	"Enable encrypt_at_rest (EncryptionAtRestOptions Enabled).")

func checkOpensearchUnencryptedAtRest() *Check {
	return attrCheck(ruleOpensearchUnencryptedAtRest,
		expect{Types: []string{"aws_opensearch_domain", "aws_elasticsearch_domain"}, Path: []string{"encrypt_at_rest", "enabled"}, Bad: isFalse,
			Message: "enabled = %s: indices are not encrypted at rest",
			Missing: defaultNote("encrypt_at_rest.enabled", "false", "indices are not encrypted at rest")},
		expect{Types: []string{"AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"}, Path: []string{"EncryptionAtRestOptions", "Enabled"}, Bad: isFalse,
			Message: "Enabled: %s: indices are not encrypted at rest",
			Missing: defaultNote("EncryptionAtRestOptions.Enabled", "false", "indices are not encrypted at rest")},
	)
}
