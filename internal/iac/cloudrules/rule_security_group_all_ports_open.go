package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleSecurityGroupAllPortsOpen = newRule("config/security-group-all-ports-open", finding.High,
	"Security group open to the internet on all ports",
	"An ingress rule admits 0.0.0.0/0 or ::/0 on every port (protocol -1 or the range 0-65535): every service on the instances is reachable from anywhere.",
	"Open only the ports the service needs (usually 443) and only from the sources that need them.")

func checkSecurityGroupAllPortsOpen() *Check {
	return &Check{Rule: ruleSecurityGroupAllPortsOpen, Run: func(c *Context) { exposureCheck(c, "aws", "the security group", nil) }}
}
