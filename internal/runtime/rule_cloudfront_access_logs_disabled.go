package runtime

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleCloudFrontAccessLogsDisabled = newRule("cloudfront-access-logs-disabled", finding.Low,
	"CloudFront distribution writes no access logs",
	"Without standard logs, a CloudFront distribution keeps no record of the requests it served: scraping, "+
		"cache poisoning attempts and attacks on the origin through the CDN cannot be investigated.",
	"Turn on standard logging: a logging_config block (Logging in CloudFormation), or a CloudWatch Logs delivery "+
		"source for the distribution (standard logging v2).",
	"https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/AccessLogs.html")

func checkCloudFrontAccessLogsDisabled() *check {
	return &check{rule: ruleCloudFrontAccessLogsDisabled, run: func(p *pass) {
		for _, d := range p.set.OfType("aws_cloudfront_distribution", "AWS::CloudFront::Distribution") {
			v := get(d, "logging_config", "DistributionConfig.Logging")
			if v.IsUnknown() || !v.IsNull() && !emptyList(v) {
				continue
			}
			// Standard logging v2 delivers through a CloudWatch Logs delivery source.
			v2, unsure := p.referrers(d, via{types: []string{"aws_cloudwatch_log_delivery_source"}, attr: []string{"resource_arn"}},
				via{types: []string{"AWS::Logs::DeliverySource"}, attr: []string{"ResourceArn"}})
			if len(v2) > 0 || unsure {
				continue
			}
			p.report(d, nil, d.Label()+": the distribution writes no access logs", setting(d, `logging_config {
  bucket          = aws_s3_bucket.cdn_logs.bucket_domain_name
  include_cookies = false
  prefix          = "`+d.Name+`/"
}`, `DistributionConfig:
  # ...
  Logging:
    Bucket: !GetAtt CdnLogsBucket.DomainName
    IncludeCookies: false
    Prefix: `+d.Name+`/`))
		}
	}}
}
