package runtime

import (
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/resource"
)

var ruleGKELoggingMonitoringDisabled = newRule("gke-logging-monitoring-disabled", finding.Medium,
	"GKE cluster has logging or monitoring turned off",
	"A GKE cluster with Cloud Logging or Cloud Monitoring off keeps no system or workload logs and no metrics off "+
		"the nodes: a compromised pod, a crashing control loop or a miner eating the nodes goes unseen, and evidence "+
		"disappears with the pods.",
	"Keep the defaults or set them explicitly: logging_service = \"logging.googleapis.com/kubernetes\", "+
		"monitoring_service = \"monitoring.googleapis.com/kubernetes\", and logging_config / monitoring_config "+
		"enable_components with at least SYSTEM_COMPONENTS (and WORKLOADS for logs).",
	"https://cloud.google.com/kubernetes-engine/docs/concepts/about-logs",
	"CIS Google Kubernetes Engine Benchmark 5.7.1")

func checkGKELoggingMonitoringDisabled() *check {
	return &check{rule: ruleGKELoggingMonitoringDisabled, run: func(p *pass) {
		for _, c := range p.set.OfType("google_container_cluster") {
			var off []string
			var at *resource.Value
			for _, x := range []struct {
				path []string
				what string
			}{
				{[]string{"logging_service"}, "logging"},
				{[]string{"monitoring_service"}, "monitoring"},
			} {
				if v := c.Get(x.path...); strIs(v, "none") {
					off, at = append(off, x.what), firstOf(at, v)
				}
			}
			for _, x := range []struct {
				path []string
				what string
			}{
				{[]string{"logging_config", "enable_components"}, "logging"},
				{[]string{"monitoring_config", "enable_components"}, "monitoring"},
			} {
				if v := c.Get(x.path...); emptyList(v) && !strings.Contains(strings.Join(off, " "), x.what) {
					off, at = append(off, x.what), firstOf(at, v)
				}
			}
			if len(off) == 0 {
				continue
			}
			verb := " is"
			if len(off) > 1 {
				verb = " are"
			}
			p.report(c, at, c.Label()+": "+strings.Join(off, " and ")+verb+" turned off for the cluster", setting(c, `logging_service    = "logging.googleapis.com/kubernetes"
monitoring_service = "monitoring.googleapis.com/kubernetes"
logging_config {
  enable_components = ["SYSTEM_COMPONENTS", "WORKLOADS"]
}
monitoring_config {
  enable_components = ["SYSTEM_COMPONENTS"]
}`, ""))
		}
	}}
}

// firstOf keeps the first non-nil value.
func firstOf(a, b *resource.Value) *resource.Value {
	if a != nil {
		return a
	}
	return b
}
