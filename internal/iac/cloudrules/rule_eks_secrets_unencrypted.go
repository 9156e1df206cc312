package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleEksSecretsUnencrypted = newRule("config/eks-secrets-unencrypted", finding.Medium,
	"EKS cluster does not encrypt Kubernetes secrets with KMS",
	"Without envelope encryption, Kubernetes secrets sit in etcd protected only by the service's disk encryption.",
	"Add encryption_config with resources = [\"secrets\"] and a KMS key (EncryptionConfig).")

func checkEksSecretsUnencrypted() *Check {
	return attrCheck(ruleEksSecretsUnencrypted,
		expect{Types: []string{"aws_eks_cluster"}, Path: []string{"encryption_config", "resources"}, Bad: emptyString,
			Message: "resources = %s: Kubernetes secrets are not envelope-encrypted",
			Missing: defaultNote("encryption_config.resources", "none", "Kubernetes secrets are not envelope-encrypted")},
		expect{Types: []string{"AWS::EKS::Cluster"}, Path: []string{"EncryptionConfig"}, Bad: emptyString,
			Message: "EncryptionConfig: %s: Kubernetes secrets are not envelope-encrypted",
			Missing: defaultNote("EncryptionConfig", "none", "Kubernetes secrets are not envelope-encrypted")},
	)
}
