package cloudrules

import (
	"fmt"

	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleDefaultSecurityGroupHasRules = newRule("config/default-security-group-has-rules", finding.Medium,
	"Default security group has rules",
	"The VPC's default security group is attached to anything launched without an explicit group. Rules on it silently grant that access to every such resource; the CIS benchmark asks for it to allow nothing.",
	"Manage the default security group with no ingress and no egress blocks, and give every resource an explicit security group.")

func checkDefaultSecurityGroupHasRules() *Check {
	return &Check{Rule: ruleDefaultSecurityGroupHasRules, Run: func(c *Context) {
		for _, r := range c.Set.OfType("aws_default_security_group") {
			for _, key := range []string{"ingress", "egress"} {
				for _, b := range r.Get(key).Elements() {
					c.Report(r, b, fmt.Sprintf("%s: the default security group has an %s rule; it should allow nothing", r.Label(), key))
				}
			}
		}
	}}
}
