package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleEbsSnapshotCopyUnencrypted = newRule("config/ebs-snapshot-copy-unencrypted", finding.Medium,
	"EBS snapshot copy is not encrypted",
	"A snapshot copy without encryption holds the volume's data in the clear; copies are often shared across accounts and regions.",
	"Set encrypted = true with a KMS key on aws_ebs_snapshot_copy.")

func checkEbsSnapshotCopyUnencrypted() *Check {
	return attrCheck(ruleEbsSnapshotCopyUnencrypted,
		expect{Types: []string{"aws_ebs_snapshot_copy"}, Path: []string{"encrypted"}, Bad: isFalse,
			Message: "encrypted = %s: the snapshot copy is not encrypted",
			Missing: defaultNote("encrypted", "false", "the snapshot copy is not encrypted"),
			Skip:    ebsDefaultEncrypted},
	)
}
