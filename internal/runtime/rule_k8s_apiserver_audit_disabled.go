package runtime

import (
	"fmt"
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleK8sAPIServerAuditDisabled = newRule("k8s-apiserver-audit-disabled", finding.High,
	"kube-apiserver runs without an audit policy or audit log",
	"A self-managed control plane audits nothing unless kube-apiserver is started with an audit policy "+
		"(--audit-policy-file) and a sink (--audit-log-path or --audit-webhook-config-file). Without them there is "+
		"no record of who read secrets, exec'd into pods or changed role bindings.",
	"Start kube-apiserver with --audit-policy-file=/etc/kubernetes/audit-policy.yaml, --audit-log-path, "+
		"--audit-log-maxage and --audit-log-maxbackup, and mount the policy and log directories.",
	"https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/",
	"CIS Kubernetes Benchmark 1.2.16-1.2.19, 3.2.1")

func checkK8sAPIServerAuditDisabled() *check {
	return &check{rule: ruleK8sAPIServerAuditDisabled, run: func(p *pass) {
		for _, g := range APIServerAuditGaps(p.workloads) {
			w := g.Workload
			p.reportAt(w.Location, w.id()+"/"+g.Container, fmt.Sprintf("%s %s: kube-apiserver (container %s) runs without %s, so the cluster audits nothing",
				w.Kind, w.Name, g.Container, strings.Join(g.Missing, " and ")), `    - --audit-policy-file=/etc/kubernetes/audit-policy.yaml
    - --audit-log-path=/var/log/kubernetes/audit/audit.log
    - --audit-log-maxage=30
    - --audit-log-maxbackup=10
    - --audit-log-maxsize=100
# with the policy and the log directory mounted (hostPath volumes), and a policy such as:
# apiVersion: audit.k8s.io/v1
# kind: Policy
# rules:
#   - level: Metadata`)
		}
	}}
}
