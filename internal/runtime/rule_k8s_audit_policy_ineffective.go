package runtime

import (
	"fmt"

	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleK8sAuditPolicyIneffective = newRule("k8s-audit-policy-ineffective", finding.Medium,
	"Kubernetes audit policy records nothing, or not who reads Secrets",
	"kube-apiserver records a request at the level of the first audit policy rule that matches it, and not at "+
		"all when none does. A policy whose rules are all `level: None` turns auditing off while the "+
		"--audit-policy-file flag makes it look on; a policy where reads of Secrets fall through to a None rule "+
		"(or to no rule) keeps no record of who read credentials, the first thing an investigation asks. The rule "+
		"reads every audit.k8s.io Policy in the review.",
	"End the policy with a catch-all `- level: Metadata` rule, and record Secrets, ConfigMaps and TokenReviews at "+
		"Metadata level before any rule that drops requests.",
	"https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/#audit-policy",
	"CIS Kubernetes Benchmark 3.2.1, 3.2.2")

// auditPolicyFix is the policy that records everything at Metadata level and Secrets without
// their contents.
const auditPolicyFix = `apiVersion: audit.k8s.io/v1
kind: Policy
omitStages:
  - RequestReceived
rules:
  # who read or changed credentials, without their contents
  - level: Metadata
    resources:
      - group: ""
        resources: ["secrets", "configmaps", "serviceaccounts/token"]
      - group: authentication.k8s.io
        resources: ["tokenreviews"]
  # drop only known noise, then record everything else
  - level: None
    users: ["system:kube-proxy"]
    verbs: ["watch"]
  - level: Metadata
`

func checkK8sAuditPolicyIneffective() *check {
	return &check{rule: ruleK8sAuditPolicyIneffective, run: func(p *pass) {
		for _, w := range p.workloads {
			if w.Kind != "Policy" {
				continue
			}
			g := AuditPolicyGaps(w.AuditRules)
			switch {
			case g.RecordsNothing:
				p.reportAt(w.Location, w.id(), fmt.Sprintf("audit Policy %s records nothing: every rule has level None, so the "+
					"API server keeps no audit trail whatever its flags say", quoteName(w.Name)), auditPolicyFix)
			case g.SecretsUnrecorded:
				loc, how := w.Location, "no rule matches them"
				for _, r := range w.AuditRules {
					if r.coversSecrets() {
						loc.StartLine, how = r.Line, "the rule here drops them (level None)"
						break
					}
				}
				p.reportAt(loc, w.id()+" secrets", fmt.Sprintf("audit Policy %s does not record reads of Secrets: %s, so "+
					"nobody can tell who read a credential", quoteName(w.Name), how), auditPolicyFix)
			}
		}
	}}
}
