package cloudrules

import (
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/resource"
)

var ruleLbListenerWeakTlsPolicy = newRule("config/lb-listener-weak-tls-policy", finding.Medium,
	"Load balancer listener allows outdated TLS",
	"The HTTPS or TLS listener's security policy accepts TLS 1.0 or 1.1, or no ssl_policy is set and the provider default ELBSecurityPolicy-2016-08 (which accepts TLS 1.0) is relied on.",
	"Set ssl_policy to a TLS 1.2+ policy such as ELBSecurityPolicy-TLS13-1-2-2021-06.")

func checkLbListenerWeakTlsPolicy() *Check {
	weak := func(v *resource.Value) bool {
		s, ok := v.AsString()
		return ok && !strings.Contains(s, "TLS13") && !strings.Contains(s, "-1-2-")
	}
	tls := func(c *Context, r *resource.Resource) bool {
		return !known(r, []string{"protocol"}, "HTTPS", "TLS") && !known(r, []string{"Protocol"}, "HTTPS", "TLS")
	}
	return attrCheck(ruleLbListenerWeakTlsPolicy,
		expect{Types: []string{"aws_lb_listener", "aws_alb_listener"}, Path: []string{"ssl_policy"}, Bad: weak, Skip: tls,
			Message: "ssl_policy = %s accepts TLS versions older than 1.2",
			Missing: defaultNote("ssl_policy", "ELBSecurityPolicy-2016-08", "TLS 1.0 and 1.1 are accepted")},
		expect{Types: []string{"AWS::ElasticLoadBalancingV2::Listener"}, Path: []string{"SslPolicy"}, Bad: weak, Skip: tls,
			Message: "SslPolicy: %s accepts TLS versions older than 1.2",
			Missing: defaultNote("SslPolicy", "ELBSecurityPolicy-2016-08", "TLS 1.0 and 1.1 are accepted")},
	)
}
