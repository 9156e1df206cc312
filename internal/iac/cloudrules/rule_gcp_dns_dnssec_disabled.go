package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/resource"
)

var ruleGcpDnsDnssecDisabled = newRule("config/gcp-dns-dnssec-disabled", finding.Medium,
	"Cloud DNS zone is not signed with DNSSEC",
	"A public managed zone without DNSSEC (off by default) lets resolvers accept forged answers for the domain.",
	"Add dnssec_config { state = \"on\" }.")

func checkGcpDnsDnssecDisabled() *Check {
	return attrCheck(ruleGcpDnsDnssecDisabled,
		expect{Types: []string{"google_dns_managed_zone"}, Path: []string{"dnssec_config", "state"}, Bad: oneOf("off"),
			Message: "state = %s: answers for the zone are not signed",
			Missing: defaultNote("dnssec_config.state", "off", "answers for the zone are not signed"),
			Skip: func(c *Context, r *resource.Resource) bool {
				v := r.Get("visibility")
				return v.IsUnknown() || oneOf("private")(v)
			}},
	)
}
