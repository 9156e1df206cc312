package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleGcpDnsDnssecWeakAlgorithm = newRule("config/gcp-dns-dnssec-weak-algorithm", finding.Medium,
	"Cloud DNS zone signs with RSASHA1",
	"DNSSEC keys using RSASHA1 rely on SHA-1, which is broken for collision resistance.",
	"Use rsasha256, rsasha512 or ecdsap256sha256 in default_key_specs.")

func checkGcpDnsDnssecWeakAlgorithm() *Check {
	return attrCheck(ruleGcpDnsDnssecWeakAlgorithm,
		expect{Types: []string{"google_dns_managed_zone"}, Path: []string{"dnssec_config", "default_key_specs", "algorithm"}, Bad: oneOf("rsasha1"),
			Message: "algorithm = %s: the zone is signed with SHA-1",
			Each:    true},
	)
}
