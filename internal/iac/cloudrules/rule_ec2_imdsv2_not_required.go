package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/resource"
)

var ruleEc2Imdsv2NotRequired = newRule("config/ec2-imdsv2-not-required", finding.High,
	"Instance metadata service v1 is allowed",
	"http_tokens is optional (the provider default), so the instance metadata service answers IMDSv1 requests: a server-side request forgery in any application on the instance can read the role's credentials.",
	"Set metadata_options { http_tokens = \"required\" } (MetadataOptions HttpTokens: required in a launch template).")

func checkEc2Imdsv2NotRequired() *Check {
	return attrCheck(ruleEc2Imdsv2NotRequired,
		expect{Types: []string{"aws_instance"}, Path: []string{"metadata_options", "http_tokens"}, Bad: oneOf("optional"),
			Message: "http_tokens = %s: IMDSv1 requests are answered, so SSRF can steal the instance role's credentials",
			Missing: defaultNote("metadata_options.http_tokens", "optional", "IMDSv1 requests are answered, so SSRF can steal the instance role's credentials"),
			Skip: func(c *Context, r *resource.Resource) bool {
				return known(r, []string{"metadata_options", "http_endpoint"}, "disabled")
			}},
		expect{Types: []string{"aws_launch_template", "aws_launch_configuration"}, Path: []string{"metadata_options", "http_tokens"}, Bad: oneOf("optional"),
			Message: "http_tokens = %s: IMDSv1 requests are answered, so SSRF can steal the instance role's credentials",
			Missing: defaultNote("metadata_options.http_tokens", "optional", "IMDSv1 requests are answered, so SSRF can steal the instance role's credentials"),
			Skip: func(c *Context, r *resource.Resource) bool {
				return known(r, []string{"metadata_options", "http_endpoint"}, "disabled")
			}},
		expect{Types: []string{"AWS::EC2::LaunchTemplate"}, Path: []string{"LaunchTemplateData", "MetadataOptions", "HttpTokens"}, Bad: oneOf("optional"),
			Message: "HttpTokens: %s: IMDSv1 requests are answered, so SSRF can steal the instance role's credentials",
			Missing: defaultNote("LaunchTemplateData.MetadataOptions.HttpTokens", "optional", "IMDSv1 requests are answered, so SSRF can steal the instance role's credentials"),
			Skip: func(c *Context, r *resource.Resource) bool {
				return known(r, []string{"LaunchTemplateData", "MetadataOptions", "HttpEndpoint"}, "disabled")
			}},
	)
}
