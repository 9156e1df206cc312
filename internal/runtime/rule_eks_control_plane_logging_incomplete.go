package runtime

import (
	"slices"
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleEKSControlPlaneLoggingIncomplete = newRule("eks-control-plane-logging-incomplete", finding.Medium,
	"EKS control plane does not log api, audit and authenticator",
	"The EKS control plane logs nothing by default. Without the audit log there is no record of who did what in "+
		"the cluster; without the authenticator log, no record of which IAM identity came in as which Kubernetes "+
		"user; without the api log, no record of the API server itself.",
	"Enable the control plane log types: enabled_cluster_log_types = [\"api\", \"audit\", \"authenticator\"] "+
		"(Logging.ClusterLogging.EnabledTypes in CloudFormation); controllerManager and scheduler help too.",
	"https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html")

// eksLogTypes are the control plane log types a cluster must send.
var eksLogTypes = []string{"api", "audit", "authenticator"}

func checkEKSControlPlaneLoggingIncomplete() *check {
	return &check{rule: ruleEKSControlPlaneLoggingIncomplete, run: func(p *pass) {
		for _, c := range p.set.OfType("aws_eks_cluster", "AWS::EKS::Cluster") {
			v := get(c, "enabled_cluster_log_types", "Logging.ClusterLogging.EnabledTypes")
			if v.IsUnknown() {
				continue
			}
			var have []string
			known := true
			for _, it := range v.Elements() {
				if isCFN(c) {
					it = it.Get("Type")
				}
				s, ok := it.AsString()
				known = known && ok
				have = append(have, strings.ToLower(s))
			}
			if !known {
				continue
			}
			var missing []string
			for _, t := range eksLogTypes {
				if !slices.Contains(have, t) {
					missing = append(missing, t)
				}
			}
			if len(missing) == 0 {
				continue
			}
			p.report(c, v, c.Label()+": the control plane does not log "+strings.Join(missing, ", "),
				setting(c, `enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"]`, `Logging:
  ClusterLogging:
    EnabledTypes:
      - Type: api
      - Type: audit
      - Type: authenticator
      - Type: controllerManager
      - Type: scheduler`))
		}
	}}
}
