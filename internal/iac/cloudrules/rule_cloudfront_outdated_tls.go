package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/resource"
)

var ruleCloudfrontOutdatedTls = newRule("config/cloudfront-outdated-tls", finding.Medium,
	"CloudFront accepts outdated TLS versions",
	"The distribution's viewer certificate allows protocol versions older than TLS 1.2; with a custom certificate and no minimum_protocol_version the provider default TLSv1 is relied on.",
	"Set viewer_certificate.minimum_protocol_version = \"TLSv1.2_2021\" (MinimumProtocolVersion).")

func checkCloudfrontOutdatedTls() *Check {
	return attrCheck(ruleCloudfrontOutdatedTls,
		expect{Types: []string{"aws_cloudfront_distribution"}, Path: []string{"viewer_certificate", "minimum_protocol_version"}, Bad: notOneOf("TLSv1.2_2018", "TLSv1.2_2019", "TLSv1.2_2021", "TLSv1.3_2025"),
			Message: "minimum_protocol_version = %s: viewers can connect with TLS 1.0 or 1.1",
			Missing: defaultNote("viewer_certificate.minimum_protocol_version", "TLSv1", "viewers can connect with TLS 1.0 or 1.1"),
			Skip: func(c *Context, r *resource.Resource) bool {
				v := r.Get("viewer_certificate", "cloudfront_default_certificate")
				return v.IsUnknown() || isTrue(v)
			}},
		expect{Types: []string{"AWS::CloudFront::Distribution"}, Path: []string{"DistributionConfig", "ViewerCertificate", "MinimumProtocolVersion"}, Bad: notOneOf("TLSv1.2_2018", "TLSv1.2_2019", "TLSv1.2_2021", "TLSv1.3_2025"),
			Message: "MinimumProtocolVersion: %s: viewers can connect with TLS 1.0 or 1.1",
			Missing: defaultNote("DistributionConfig.ViewerCertificate.MinimumProtocolVersion", "TLSv1", "viewers can connect with TLS 1.0 or 1.1"),
			Skip: func(c *Context, r *resource.Resource) bool {
				v := r.Get("DistributionConfig", "ViewerCertificate", "CloudFrontDefaultCertificate")
				return v.IsUnknown() || isTrue(v)
			}},
	)
}
