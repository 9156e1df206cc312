package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleSqsQueueUnencrypted = newRule("config/sqs-queue-unencrypted", finding.Medium,
	"SQS queue encryption is turned off",
	"Server-side encryption is explicitly disabled and no KMS key is set: messages are stored unencrypted.",
	"Remove sqs_managed_sse_enabled = false or set kms_master_key_id (KmsMasterKeyId).")

func checkSqsQueueUnencrypted() *Check {
	return attrCheck(ruleSqsQueueUnencrypted,
		expect{Types: []string{"aws_sqs_queue"}, Path: []string{"sqs_managed_sse_enabled"}, Bad: isFalse,
			Message: "sqs_managed_sse_enabled = %s: messages are stored unencrypted"},
		expect{Types: []string{"AWS::SQS::Queue"}, Path: []string{"SqsManagedSseEnabled"}, Bad: isFalse,
			Message: "SqsManagedSseEnabled: %s: messages are stored unencrypted"},
	)
}
