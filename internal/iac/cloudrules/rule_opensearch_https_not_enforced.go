package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleOpensearchHttpsNotEnforced = newRule("config/opensearch-https-not-enforced", finding.Medium,
	"OpenSearch domain accepts plain HTTP",
	"The domain endpoint accepts unencrypted HTTP requests, credentials and data included.",
	"Set domain_endpoint_options.enforce_https = true (DomainEndpointOptions EnforceHTTPS: true).")

func checkOpensearchHttpsNotEnforced() *Check {
	return attrCheck(ruleOpensearchHttpsNotEnforced,
		expect{Types: []string{"aws_opensearch_domain", "aws_elasticsearch_domain"}, Path: []string{"domain_endpoint_options", "enforce_https"}, Bad: isFalse,
			Message: "enforce_https = %s: requests may travel unencrypted"},
		expect{Types: []string{"AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"}, Path: []string{"DomainEndpointOptions", "EnforceHTTPS"}, Bad: isFalse,
			Message: "EnforceHTTPS: %s: requests may travel unencrypted",
			Missing: defaultNote("DomainEndpointOptions.EnforceHTTPS", "false", "requests may travel unencrypted")},
	)
}
