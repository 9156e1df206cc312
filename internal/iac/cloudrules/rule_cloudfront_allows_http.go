package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleCloudfrontAllowsHttp = newRule("config/cloudfront-allows-http", finding.Medium,
	"CloudFront serves viewers over plain HTTP",
	"A cache behavior's viewer_protocol_policy is allow-all: viewers can fetch content and send cookies over unencrypted HTTP.",
	"Use redirect-to-https or https-only for every cache behavior.")

func checkCloudfrontAllowsHttp() *Check {
	return attrCheck(ruleCloudfrontAllowsHttp,
		expect{Types: []string{"aws_cloudfront_distribution"}, Path: []string{"default_cache_behavior", "viewer_protocol_policy"}, Bad: oneOf("allow-all"),
			Message: "viewer_protocol_policy = %s: viewers may use unencrypted HTTP"},
		expect{Types: []string{"aws_cloudfront_distribution"}, Path: []string{"ordered_cache_behavior", "viewer_protocol_policy"}, Bad: oneOf("allow-all"),
			Message: "viewer_protocol_policy = %s: viewers may use unencrypted HTTP",
			Each:    true},
		expect{Types: []string{"AWS::CloudFront::Distribution"}, Path: []string{"DistributionConfig", "DefaultCacheBehavior", "ViewerProtocolPolicy"}, Bad: oneOf("allow-all"),
			Message: "ViewerProtocolPolicy: %s: viewers may use unencrypted HTTP"},
	)
}
