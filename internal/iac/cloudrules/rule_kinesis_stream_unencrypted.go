package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleKinesisStreamUnencrypted = newRule("config/kinesis-stream-unencrypted", finding.Medium,
	"Kinesis stream is not encrypted",
	"Records are stored unencrypted for the stream's retention period (the default encryption_type is NONE).",
	"Set encryption_type = \"KMS\" with a kms_key_id (StreamEncryption in CloudFormation).")

func checkKinesisStreamUnencrypted() *Check {
	return attrCheck(ruleKinesisStreamUnencrypted,
		expect{Types: []string{"aws_kinesis_stream"}, Path: []string{"encryption_type"}, Bad: oneOf("NONE"),
			Message: "encryption_type = %s: records are not encrypted at rest",
			Missing: defaultNote("encryption_type", "NONE", "records are not encrypted at rest")},
		expect{Types: []string{"AWS::Kinesis::Stream"}, Path: []string{"StreamEncryption", "EncryptionType"}, Bad: oneOf("NONE"),
			Message: "EncryptionType: %s: records are not encrypted at rest",
			Missing: defaultNote("StreamEncryption.EncryptionType", "none", "records are not encrypted at rest")},
	)
}
