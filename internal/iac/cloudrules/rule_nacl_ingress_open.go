package cloudrules

import (
	"fmt"
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleNaclIngressOpen = newRule("config/nacl-ingress-open", finding.Medium,
	"Network ACL allows the internet in on administrative, database or all ports",
	"A network ACL entry allows inbound traffic from 0.0.0.0/0 or ::/0 to administrative or database ports, or to all ports. NACLs are the subnet's second line of defence; an allow-all entry removes it.",
	"Allow only the ports the subnet serves publicly (80, 443 and the ephemeral return range) and deny administrative ports explicitly.")

func checkNaclIngressOpen() *Check {
	return &Check{Rule: ruleNaclIngressOpen, Run: func(c *Context) {
		for _, e := range c.exposures("aws-nacl") {
			hits := append(e.hits(adminPorts), e.hits(databasePorts)...)
			switch {
			case e.all:
				c.Report(e.r, e.at, fmt.Sprintf("%s: the network ACL allows all ports in from %s", e.r.Label(), e.cidr))
			case len(hits) > 0:
				c.Report(e.r, e.at, fmt.Sprintf("%s: the network ACL allows %s in from %s, including %s", e.r.Label(), e.portText(), e.cidr, strings.Join(hits, ", ")))
			}
		}
	}}
}
