package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleEbsEncryptionByDefaultDisabled = newRule("config/ebs-encryption-by-default-disabled", finding.Medium,
	"EBS encryption by default is turned off",
	"The account-wide setting that encrypts every new EBS volume and snapshot copy is explicitly disabled.",
	"Set enabled = true on aws_ebs_encryption_by_default.")

func checkEbsEncryptionByDefaultDisabled() *Check {
	return attrCheck(ruleEbsEncryptionByDefaultDisabled,
		expect{Types: []string{"aws_ebs_encryption_by_default"}, Path: []string{"enabled"}, Bad: isFalse,
			Message: "enabled = %s: new volumes are not encrypted unless each one asks"},
	)
}
