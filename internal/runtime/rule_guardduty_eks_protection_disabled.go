package runtime

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleGuardDutyEKSProtectionDisabled = newRule("guardduty-eks-protection-disabled", finding.Medium,
	"GuardDuty EKS Protection is not enabled while EKS clusters are defined",
	"The configuration defines EKS clusters, but the GuardDuty detector does not read their audit logs: an "+
		"anonymous API call, a privileged pod or a service account token used from outside the cluster goes "+
		"unnoticed.",
	"Enable the EKS_AUDIT_LOGS feature with an aws_guardduty_detector_feature resource (the Features property in "+
		"CloudFormation; the legacy datasources { kubernetes { audit_logs { enable = true } } } block works too), "+
		"and consider EKS_RUNTIME_MONITORING as well.",
	"https://docs.aws.amazon.com/guardduty/latest/ug/kubernetes-protection.html")

func checkGuardDutyEKSProtectionDisabled() *check {
	return &check{rule: ruleGuardDutyEKSProtectionDisabled, run: func(p *pass) {
		clusters := p.set.OfType("aws_eks_cluster", "AWS::EKS::Cluster")
		if len(clusters) == 0 {
			return
		}
		for _, d := range p.set.OfType(detectorTypes...) {
			if !detectorEnabled(d) {
				continue
			}
			p.protectionGap(d, eksProtection, ", yet the configuration defines EKS clusters ("+clusters[0].Label()+")")
		}
	}}
}
