package cloudrules

import (
	"fmt"

	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleDnsNsDelegationUnmanaged = newRule("config/dns-ns-delegation-unmanaged", finding.Medium,
	"DNS delegation to a zone this configuration does not manage",
	"An NS record delegates a subdomain to literal name servers rather than to a zone managed here: if that zone is deleted at the provider, anyone who re-creates it on the same name servers controls the subdomain.",
	"Manage the delegated zone in the same configuration and reference its name servers (aws_route53_zone.sub.name_servers), or remove the delegation when the zone is gone.")

func checkDnsNsDelegationUnmanaged() *Check {
	return &Check{Rule: ruleDnsNsDelegationUnmanaged, Run: func(c *Context) {
		for _, rec := range dnsRecords(c) {
			if !rec.known || rec.apex || rec.typ != "NS" {
				continue
			}
			for _, v := range rec.vals {
				if host, ok := literalHost(v); ok {
					c.Report(rec.r, v, fmt.Sprintf("%s: %s is delegated to %s, a name server of a zone this configuration does not manage", rec.r.Label(), rec.name, host))
					break
				}
			}
		}
	}}
}
