package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleSnsTopicUnencrypted = newRule("config/sns-topic-unencrypted", finding.Medium,
	"SNS topic is not encrypted",
	"Messages are stored unencrypted while the topic delivers them.",
	"Set kms_master_key_id (KmsMasterKeyId), for example to alias/aws/sns or a customer-managed key.")

func checkSnsTopicUnencrypted() *Check {
	return attrCheck(ruleSnsTopicUnencrypted,
		expect{Types: []string{"aws_sns_topic"}, Path: []string{"kms_master_key_id"}, Bad: emptyString,
			Message: "kms_master_key_id = %s: messages are not encrypted at rest",
			Missing: defaultNote("kms_master_key_id", "none", "messages are not encrypted at rest")},
		expect{Types: []string{"AWS::SNS::Topic"}, Path: []string{"KmsMasterKeyId"}, Bad: emptyString,
			Message: "KmsMasterKeyId: %s: messages are not encrypted at rest",
			Missing: defaultNote("KmsMasterKeyId", "none", "messages are not encrypted at rest")},
	)
}
