package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleEbsVolumeUnencrypted = newRule("config/ebs-volume-unencrypted", finding.High,
	"EBS volume is not encrypted",
	"The volume's data, its snapshots and the traffic to the instance are not encrypted with KMS; snapshots shared by mistake are readable.",
	"Set encrypted = true (Encrypted: true) with a KMS key, or turn on EBS encryption by default for the account.")

func checkEbsVolumeUnencrypted() *Check {
	return attrCheck(ruleEbsVolumeUnencrypted,
		expect{Types: []string{"aws_ebs_volume"}, Path: []string{"encrypted"}, Bad: isFalse,
			Message: "encrypted = %s: the volume is not encrypted",
			Missing: defaultNote("encrypted", "false", "the volume is not encrypted"),
			Skip:    ebsDefaultEncrypted},
		expect{Types: []string{"AWS::EC2::Volume"}, Path: []string{"Encrypted"}, Bad: isFalse,
			Message: "Encrypted: %s: the volume is not encrypted",
			Missing: defaultNote("Encrypted", "false", "the volume is not encrypted")},
	)
}
