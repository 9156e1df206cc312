package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleInstanceVolumeUnencrypted = newRule("config/instance-volume-unencrypted", finding.High,
	"Instance volume is not encrypted",
	"A root or attached EBS volume of an instance, launch template or launch configuration is not encrypted (the provider default), and the account does not turn on EBS encryption by default in this configuration.",
	"Set encrypted = true on root_block_device and every ebs_block_device (Ebs Encrypted: true), or turn on EBS encryption by default for the account.")

func checkInstanceVolumeUnencrypted() *Check {
	return attrCheck(ruleInstanceVolumeUnencrypted,
		expect{Types: []string{"aws_instance", "aws_launch_configuration"}, Path: []string{"root_block_device", "encrypted"}, Bad: isFalse, Skip: ebsDefaultEncrypted,
			Message: "root_block_device.encrypted = %s: the root volume is not encrypted",
			Missing: defaultNote("root_block_device.encrypted", "false", "the root volume is not encrypted")},
		expect{Types: []string{"aws_instance", "aws_launch_configuration"}, Path: []string{"ebs_block_device", "encrypted"}, Bad: isFalse, Each: true, Skip: ebsDefaultEncrypted,
			Message: "ebs_block_device.encrypted = %s: the volume is not encrypted"},
		expect{Types: []string{"aws_launch_template"}, Path: []string{"block_device_mappings", "ebs", "encrypted"}, Bad: isFalse, Each: true, Skip: ebsDefaultEncrypted,
			Message: "block_device_mappings.ebs.encrypted = %s: the volume is not encrypted"},
		expect{Types: []string{"AWS::EC2::Instance"}, Path: []string{"BlockDeviceMappings", "Ebs", "Encrypted"}, Bad: isFalse, Each: true,
			Message: "BlockDeviceMappings Ebs Encrypted: %s: the volume is not encrypted"},
		expect{Types: []string{"AWS::EC2::LaunchTemplate"}, Path: []string{"LaunchTemplateData", "BlockDeviceMappings", "Ebs", "Encrypted"}, Bad: isFalse, Each: true,
			Message: "BlockDeviceMappings Ebs Encrypted: %s: the volume is not encrypted"},
	)
}
