package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleComputeInstancePublicIp = newRule("config/compute-instance-public-ip", finding.Medium,
	"Compute instance has a public IP address",
	"An access_config block on a network interface gives the instance (or every instance of the template) an external IP address.",
	"Remove access_config and reach instances through IAP, a load balancer or Cloud NAT for egress.")

func checkComputeInstancePublicIp() *Check {
	return &Check{Rule: ruleComputeInstancePublicIp, Run: func(c *Context) {
		for _, r := range c.Set.OfType("google_compute_instance", "google_compute_instance_template") {
			for _, ni := range r.Get("network_interface").Elements() {
				for _, ac := range ni.Get("access_config").Elements() {
					c.Report(r, ac, r.Label()+": a network interface has an access_config, which gives it an external IP address")
				}
			}
		}
	}}
}
