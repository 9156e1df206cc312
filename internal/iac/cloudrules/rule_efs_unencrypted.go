package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleEfsUnencrypted = newRule("config/efs-unencrypted", finding.High,
	"EFS file system is not encrypted",
	"The file system stores its data unencrypted at rest; encryption cannot be added to an existing file system.",
	"Set encrypted = true (Encrypted: true) with a KMS key.")

func checkEfsUnencrypted() *Check {
	return attrCheck(ruleEfsUnencrypted,
		expect{Types: []string{"aws_efs_file_system"}, Path: []string{"encrypted"}, Bad: isFalse,
			Message: "encrypted = %s: file data is not encrypted at rest",
			Missing: defaultNote("encrypted", "false", "file data is not encrypted at rest")},
		expect{Types: []string{"AWS::EFS::FileSystem"}, Path: []string{"Encrypted"}, Bad: isFalse,
			Message: "Encrypted: %s: file data is not encrypted at rest",
			Missing: defaultNote("Encrypted", "false", "file data is not encrypted at rest")},
	)
}
