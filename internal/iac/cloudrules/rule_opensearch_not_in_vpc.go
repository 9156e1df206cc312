package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleOpensearchNotInVpc = newRule("config/opensearch-not-in-vpc", finding.Medium,
	"OpenSearch domain is not in a VPC",
	"Without VPC options an OpenSearch or Elasticsearch domain has a public endpoint, guarded only by its access policy.",
	"Place the domain in private subnets with vpc_options (VPCOptions in CloudFormation).")

func checkOpensearchNotInVpc() *Check {
	return attrCheck(ruleOpensearchNotInVpc,
		expect{Types: []string{"aws_opensearch_domain", "aws_elasticsearch_domain"}, Path: []string{"vpc_options"},
			Missing: "vpc_options is not set, so the domain has a public endpoint"},
		expect{Types: []string{"AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"}, Path: []string{"VPCOptions"},
			Missing: "VPCOptions is not set, so the domain has a public endpoint"},
	)
}
