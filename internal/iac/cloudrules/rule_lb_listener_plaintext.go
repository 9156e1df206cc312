package cloudrules

import (
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/resource"
)

var ruleLbListenerPlaintext = newRule("config/lb-listener-plaintext", finding.Medium,
	"Load balancer listener serves plain HTTP",
	"The listener accepts HTTP without redirecting to HTTPS: credentials, cookies and data cross the internet unencrypted.",
	"Serve HTTPS with a certificate, and make the HTTP listener's default action a redirect to HTTPS.")

func checkLbListenerPlaintext() *Check {
	redirects := func(actions []*resource.Value, typ, cfg, proto string) bool {
		for _, a := range actions {
			if t, _ := a.Get(typ).AsString(); strings.EqualFold(t, "redirect") {
				if p, _ := a.Get(cfg, proto).AsString(); strings.EqualFold(p, "HTTPS") {
					return true
				}
			}
		}
		return false
	}
	return &Check{Rule: ruleLbListenerPlaintext, Run: func(c *Context) {
		for _, r := range c.Set.OfType("aws_lb_listener", "aws_alb_listener") {
			if p := r.Get("protocol"); oneOf("HTTP")(p) && !redirects(r.Get("default_action").Elements(), "type", "redirect", "protocol") {
				c.Report(r, p, r.Label()+": the listener serves HTTP and does not redirect to HTTPS")
			}
		}
		for _, r := range c.Set.OfType("AWS::ElasticLoadBalancingV2::Listener") {
			if p := r.Get("Protocol"); oneOf("HTTP")(p) && !redirects(r.Get("DefaultActions").Elements(), "Type", "RedirectConfig", "Protocol") {
				c.Report(r, p, r.Label()+": the listener serves HTTP and does not redirect to HTTPS")
			}
		}
		for _, r := range c.Set.OfType("aws_elb", "AWS::ElasticLoadBalancing::LoadBalancer") {
			key, proto := "listener", "lb_protocol"
			if r.Source == resource.CloudFormation {
				key, proto = "Listeners", "Protocol"
			}
			for _, l := range r.Get(key).Elements() {
				if p := l.Get(proto); oneOf("HTTP")(p) {
					c.Report(r, p, r.Label()+": a classic load balancer listener serves plain HTTP")
				}
			}
		}
	}}
}
