package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleCloudfrontOriginInsecureProtocol = newRule("config/cloudfront-origin-insecure-protocol", finding.Medium,
	"CloudFront talks to its origin over plain HTTP",
	"A custom origin's origin_protocol_policy is http-only: content and forwarded headers (cookies, authorization) cross the network unencrypted between CloudFront and the origin.",
	"Use https-only towards custom origins.")

func checkCloudfrontOriginInsecureProtocol() *Check {
	return attrCheck(ruleCloudfrontOriginInsecureProtocol,
		expect{Types: []string{"aws_cloudfront_distribution"}, Path: []string{"origin", "custom_origin_config", "origin_protocol_policy"}, Bad: oneOf("http-only"), Each: true,
			Message: "origin_protocol_policy = %s: traffic to the origin is unencrypted"},
		expect{Types: []string{"AWS::CloudFront::Distribution"}, Path: []string{"DistributionConfig", "Origins", "CustomOriginConfig", "OriginProtocolPolicy"}, Bad: oneOf("http-only"), Each: true,
			Message: "OriginProtocolPolicy: %s: traffic to the origin is unencrypted"},
	)
}
