package kubernetes

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/kubernetes/manifest"
	"github.com/vigil-sec/vigil/internal/rule"
)

// hostNamespace builds the check for one of hostPID, hostIPC and hostNetwork.
func hostNamespace(field, id, title, what string, sev finding.Severity) *check {
	return &check{
		rule: &rule.Rule{
			ID: id, Area: finding.Config, Severity: sev, Title: title,
			Description: "A pod with " + field + " shares the node's " + what + ". The baseline Pod Security Standard forbids host namespaces.",
			Remediation: "Remove " + field + " from the pod spec (or set it to false).",
			References:  []string{pssURL},
		},
		pod: func(p *manifest.Pod, r *reporter) {
			if v := p.Spec.Get(field); v.Bool() {
				r.at(p.Object, v.Line(), p.Object.ID(), p.Object.ID()+" sets "+field+": true")
			}
		},
	}
}

var (
	hostPID     = hostNamespace("hostPID", "config/k8s-host-pid", "Pod shares the host PID namespace", "process namespace: it sees and can signal every process on the node", finding.High)
	hostIPC     = hostNamespace("hostIPC", "config/k8s-host-ipc", "Pod shares the host IPC namespace", "IPC namespace: shared memory of other processes is readable", finding.High)
	hostNetwork = hostNamespace("hostNetwork", "config/k8s-host-network", "Pod uses the host network", "network namespace: it can reach node-local services and sniff traffic, and bypasses NetworkPolicies", finding.High)
)
