package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleOpensearchOutdatedTls = newRule("config/opensearch-outdated-tls", finding.Medium,
	"OpenSearch domain accepts TLS 1.0 and 1.1",
	"The endpoint's TLS policy Policy-Min-TLS-1-0-2019-07 allows deprecated protocol versions.",
	"Use Policy-Min-TLS-1-2-2019-07 or newer.")

func checkOpensearchOutdatedTls() *Check {
	return attrCheck(ruleOpensearchOutdatedTls,
		expect{Types: []string{"aws_opensearch_domain", "aws_elasticsearch_domain"}, Path: []string{"domain_endpoint_options", "tls_security_policy"}, Bad: oneOf("Policy-Min-TLS-1-0-2019-07"),
			Message: "tls_security_policy = %s: deprecated TLS versions are accepted"},
		expect{Types: []string{"AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"}, Path: []string{"DomainEndpointOptions", "TLSSecurityPolicy"}, Bad: oneOf("Policy-Min-TLS-1-0-2019-07"),
			Message: "TLSSecurityPolicy: %s: deprecated TLS versions are accepted"},
	)
}
