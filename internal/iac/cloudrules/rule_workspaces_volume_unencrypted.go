package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleWorkspacesVolumeUnencrypted = newRule("config/workspaces-volume-unencrypted", finding.Medium,
	"WorkSpaces volume is not encrypted",
	"The WorkSpace's root or user volume is stored unencrypted (encryption is off by default).",
	"Set root_volume_encryption_enabled and user_volume_encryption_enabled to true with a volume_encryption_key.")

func checkWorkspacesVolumeUnencrypted() *Check {
	return attrCheck(ruleWorkspacesVolumeUnencrypted,
		expect{Types: []string{"aws_workspaces_workspace"}, Path: []string{"root_volume_encryption_enabled"}, Bad: isFalse,
			Message: "root_volume_encryption_enabled = %s: the desktop's disk is not encrypted",
			Missing: defaultNote("root_volume_encryption_enabled", "false", "the desktop's disk is not encrypted")},
		expect{Types: []string{"aws_workspaces_workspace"}, Path: []string{"user_volume_encryption_enabled"}, Bad: isFalse,
			Message: "user_volume_encryption_enabled = %s: the desktop's disk is not encrypted"},
		expect{Types: []string{"AWS::WorkSpaces::Workspace"}, Path: []string{"RootVolumeEncryptionEnabled"}, Bad: isFalse,
			Message: "RootVolumeEncryptionEnabled: %s: the desktop's disk is not encrypted",
			Missing: defaultNote("RootVolumeEncryptionEnabled", "false", "the desktop's disk is not encrypted")},
	)
}
