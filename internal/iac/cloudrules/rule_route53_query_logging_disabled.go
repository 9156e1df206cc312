package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/resource"
)

var ruleRoute53QueryLoggingDisabled = newRule("config/route53-query-logging-disabled", finding.Low,
	"Route 53 public zone has no query logging",
	"No aws_route53_query_log (QueryLoggingConfig) records the DNS queries for the public zone: reconnaissance and abuse of the domain leave no trace.",
	"Add an aws_route53_query_log for the zone with a CloudWatch Logs group in us-east-1.")

func checkRoute53QueryLoggingDisabled() *Check {
	return &Check{Rule: ruleRoute53QueryLoggingDisabled, Run: func(c *Context) {
		for _, r := range c.Set.OfType("aws_route53_zone") {
			if r.Get("vpc") != nil {
				continue
			}
			good, unknown := joined(c, r, resource.Join{Types: []string{"aws_route53_query_log"}, Attr: []string{"zone_id"}}, always)
			if !good && !unknown {
				c.Report(r, nil, r.Label()+": no aws_route53_query_log logs the zone's queries")
			}
		}
		for _, r := range c.Set.OfType("AWS::Route53::HostedZone") {
			if !hasAttr(r, "VPCs") && !hasAttr(r, "QueryLoggingConfig") {
				c.Report(r, nil, r.Label()+": QueryLoggingConfig is not set, so the zone's queries are not logged")
			}
		}
	}}
}
