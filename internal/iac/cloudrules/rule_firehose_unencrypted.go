package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleFirehoseUnencrypted = newRule("config/firehose-unencrypted", finding.Low,
	"Kinesis Firehose delivery stream is not encrypted",
	"Server-side encryption is off (the default), so buffered records are not encrypted with a key you control.",
	"Enable server_side_encryption on the delivery stream.")

func checkFirehoseUnencrypted() *Check {
	return attrCheck(ruleFirehoseUnencrypted,
		expect{Types: []string{"aws_kinesis_firehose_delivery_stream"}, Path: []string{"server_side_encryption", "enabled"}, Bad: isFalse,
			Message: "enabled = %s: buffered records are not encrypted with KMS",
			Missing: defaultNote("server_side_encryption.enabled", "false", "buffered records are not encrypted with KMS")},
	)
}
