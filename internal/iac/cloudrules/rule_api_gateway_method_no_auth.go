package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/resource"
)

var ruleApiGatewayMethodNoAuth = newRule("config/api-gateway-method-no-auth", finding.Medium,
	"API Gateway method or route needs no authorization",
	"The method or route has authorization NONE (for HTTP API routes and CloudFormation methods this is the default) and no API key: anyone who finds the endpoint can call it.",
	"Attach an authorizer (IAM, Cognito, JWT or a Lambda authorizer), or require an API key where that is enough; leave NONE only for deliberately public endpoints.")

func checkApiGatewayMethodNoAuth() *Check {
	return attrCheck(ruleApiGatewayMethodNoAuth,
		expect{Types: []string{"aws_api_gateway_method"}, Path: []string{"authorization"}, Bad: oneOf("NONE"),
			Message: "authorization = %s: anyone can call it",
			Skip: func(c *Context, r *resource.Resource) bool {
				return known(r, []string{"http_method"}, "OPTIONS") || isTrue(r.Get("api_key_required")) || r.Get("api_key_required").IsUnknown()
			}},
		expect{Types: []string{"aws_apigatewayv2_route"}, Path: []string{"authorization_type"}, Bad: oneOf("NONE"),
			Message: "authorization_type = %s: anyone can call it",
			Missing: defaultNote("authorization_type", "NONE", "anyone can call it"),
			Skip: func(c *Context, r *resource.Resource) bool {
				return isTrue(r.Get("api_key_required")) || r.Get("api_key_required").IsUnknown()
			}},
		expect{Types: []string{"AWS::ApiGateway::Method"}, Path: []string{"AuthorizationType"}, Bad: oneOf("NONE"),
			Message: "AuthorizationType: %s: anyone can call it",
			Missing: defaultNote("AuthorizationType", "NONE", "anyone can call it"),
			Skip: func(c *Context, r *resource.Resource) bool {
				return known(r, []string{"HttpMethod"}, "OPTIONS") || isTrue(r.Get("ApiKeyRequired")) || r.Get("ApiKeyRequired").IsUnknown()
			}},
	)
}
