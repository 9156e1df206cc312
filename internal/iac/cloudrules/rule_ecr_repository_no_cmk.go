package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleEcrRepositoryNoCmk = newRule("config/ecr-repository-no-cmk", finding.Low,
	"ECR repository does not use a customer-managed key",
	"Images are encrypted with the default AES256 service key rather than a KMS key you control.",
	"Set encryption_configuration with encryption_type = \"KMS\" and a kms_key.")

func checkEcrRepositoryNoCmk() *Check {
	return attrCheck(ruleEcrRepositoryNoCmk,
		expect{Types: []string{"aws_ecr_repository"}, Path: []string{"encryption_configuration", "encryption_type"}, Bad: oneOf("AES256"),
			Message: "encryption_type = %s: images are not encrypted with a customer-managed key",
			Missing: defaultNote("encryption_configuration.encryption_type", "AES256", "images are not encrypted with a customer-managed key")},
		expect{Types: []string{"AWS::ECR::Repository"}, Path: []string{"EncryptionConfiguration", "EncryptionType"}, Bad: oneOf("AES256"),
			Message: "EncryptionType: %s: images are not encrypted with a customer-managed key",
			Missing: defaultNote("EncryptionConfiguration.EncryptionType", "AES256", "images are not encrypted with a customer-managed key")},
	)
}
