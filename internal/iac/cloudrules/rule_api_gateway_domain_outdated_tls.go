package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleApiGatewayDomainOutdatedTls = newRule("config/api-gateway-domain-outdated-tls", finding.Medium,
	"API Gateway custom domain accepts TLS 1.0",
	"The custom domain's security policy is TLS_1_0 (the default when security_policy is not set): clients may negotiate deprecated TLS versions.",
	"Set security_policy = \"TLS_1_2\" (SecurityPolicy: TLS_1_2).")

func checkApiGatewayDomainOutdatedTls() *Check {
	return attrCheck(ruleApiGatewayDomainOutdatedTls,
		expect{Types: []string{"aws_api_gateway_domain_name"}, Path: []string{"security_policy"}, Bad: oneOf("TLS_1_0"),
			Message: "security_policy = %s: clients can connect with TLS 1.0",
			Missing: defaultNote("security_policy", "TLS_1_0", "clients can connect with TLS 1.0")},
		expect{Types: []string{"AWS::ApiGateway::DomainName"}, Path: []string{"SecurityPolicy"}, Bad: oneOf("TLS_1_0"),
			Message: "SecurityPolicy: %s: clients can connect with TLS 1.0",
			Missing: defaultNote("SecurityPolicy", "TLS_1_0", "clients can connect with TLS 1.0")},
	)
}
