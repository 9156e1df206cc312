package runtime

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleCloudTrailNotKMSEncrypted = newRule("cloudtrail-not-kms-encrypted", finding.Medium,
	"CloudTrail logs are not encrypted with a KMS key",
	"Without a customer managed KMS key, anyone who can read the trail's bucket can read the account's API "+
		"history; with one, reading also needs kms:Decrypt, and every decryption is itself logged.",
	"Encrypt the trail with a KMS key whose policy lets CloudTrail use it: kms_key_id = aws_kms_key.trail.arn "+
		"(KMSKeyId in CloudFormation).",
	"https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html",
	"CIS AWS Foundations Benchmark 3.5")

func checkCloudTrailNotKMSEncrypted() *check {
	return &check{rule: ruleCloudTrailNotKMSEncrypted, run: func(p *pass) {
		for _, t := range p.trails() {
			v := get(t, "kms_key_id", "KMSKeyId")
			if !absentOrEmpty(v) {
				continue
			}
			p.report(t, v, t.Label()+": the trail's log files are not encrypted with a KMS key",
				setting(t, "kms_key_id = aws_kms_key.trail.arn # its key policy must allow cloudtrail.amazonaws.com",
					"KMSKeyId: !Ref TrailKey # its key policy must allow cloudtrail.amazonaws.com"))
		}
	}}
}
