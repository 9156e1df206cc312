package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/resource"
)

var ruleRoute53DnssecDisabled = newRule("config/route53-dnssec-disabled", finding.Medium,
	"Route 53 public zone is not signed with DNSSEC",
	"No aws_route53_hosted_zone_dnssec (AWS::Route53::DNSSEC) is joined to the public hosted zone: resolvers cannot tell forged answers for the domain from real ones.",
	"Create a KMS-backed key signing key and enable DNSSEC signing for the zone, then add the DS record at the parent.")

func checkRoute53DnssecDisabled() *Check {
	return &Check{Rule: ruleRoute53DnssecDisabled, Run: func(c *Context) {
		for _, r := range c.Set.OfType("aws_route53_zone") {
			if v := r.Get("vpc"); v != nil {
				continue // a private zone
			}
			good, unknown := joined(c, r, resource.Join{Types: []string{"aws_route53_hosted_zone_dnssec"}, Attr: []string{"hosted_zone_id"}}, always)
			if !good && !unknown {
				c.Report(r, nil, r.Label()+": the public zone is not signed (no aws_route53_hosted_zone_dnssec refers to it)")
			}
		}
		for _, r := range c.Set.OfType("AWS::Route53::HostedZone") {
			if hasAttr(r, "VPCs") {
				continue
			}
			good, unknown := joined(c, r, cfnRefJoin("AWS::Route53::DNSSEC", "HostedZoneId"), always)
			if !good && !unknown {
				c.Report(r, nil, r.Label()+": the public zone is not signed (no AWS::Route53::DNSSEC refers to it)")
			}
		}
	}}
}
