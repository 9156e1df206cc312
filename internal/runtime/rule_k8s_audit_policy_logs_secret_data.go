package runtime

import (
	"fmt"
	"slices"

	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleK8sAuditPolicyLogsSecretData = newRule("k8s-audit-policy-logs-secret-data", finding.Medium,
	"Kubernetes audit policy writes Secret contents into the audit log",
	"An audit rule at level Request or RequestResponse records request and response bodies. When it matches "+
		"Secrets (by name, or by matching every resource), every read or write of a Secret copies its data into "+
		"the audit log, which is shipped to log stores that many more people can read than the Secrets themselves. "+
		"The rule reports each such rule that a Metadata or None rule for all Secrets does not come before.",
	"Put a rule that records Secrets (and ConfigMaps, TokenReviews) at level Metadata before any Request or "+
		"RequestResponse rule, or narrow the detailed rule to the resources that need bodies.",
	"https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#audit-policy",
	"CIS Kubernetes Benchmark 3.2.2")

func checkK8sAuditPolicyLogsSecretData() *check {
	return &check{rule: ruleK8sAuditPolicyLogsSecretData, run: func(p *pass) {
		for _, w := range p.workloads {
			if w.Kind != "Policy" {
				continue
			}
			for _, r := range AuditPolicyGaps(w.AuditRules).SecretBodies {
				i := slices.IndexFunc(w.AuditRules, func(a AuditRule) bool { return a.Line == r.Line })
				loc := w.Location
				loc.StartLine = r.Line
				p.reportAt(loc, fmt.Sprintf("%s rule %d", w.id(), i+1), fmt.Sprintf("audit Policy %s: rule %d records Secrets at level %s, "+
					"so their contents are written into the audit log", quoteName(w.Name), i+1, r.Level), `rules:
  - level: Metadata          # first: who touched Secrets, without their data
    resources:
      - group: ""
        resources: ["secrets", "configmaps"]
      - group: authentication.k8s.io
        resources: ["tokenreviews"]
  # ... the detailed rule after it`)
			}
		}
	}}
}
