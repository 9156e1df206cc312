package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleS3BucketUnencrypted = newRule("config/s3-bucket-unencrypted", finding.Medium,
	"S3 bucket has no default encryption configured",
	"The bucket declares no default server-side encryption: not inline (server_side_encryption_configuration), not as an aws_s3_bucket_server_side_encryption_configuration joined to it, not as BucketEncryption. Objects then depend on account defaults and on every writer to ask for encryption, and no customer-managed key protects them.",
	"Add an aws_s3_bucket_server_side_encryption_configuration for the bucket (BucketEncryption in CloudFormation), preferably with a KMS key.")

func checkS3BucketUnencrypted() *Check {
	return &Check{Rule: ruleS3BucketUnencrypted, Run: func(c *Context) {
		for _, r := range c.Set.OfType("aws_s3_bucket") {
			if hasAttr(r, "server_side_encryption_configuration") {
				continue
			}
			good, unknown := joined(c, r, s3Join("aws_s3_bucket_server_side_encryption_configuration"), always)
			if !good && !unknown {
				c.Report(r, nil, r.Label()+": no default encryption is configured for the bucket (no server_side_encryption_configuration, inline or as aws_s3_bucket_server_side_encryption_configuration)")
			}
		}
		for _, r := range c.Set.OfType("AWS::S3::Bucket") {
			if !hasAttr(r, "BucketEncryption") {
				c.Report(r, nil, r.Label()+": BucketEncryption is not set, so no default encryption is configured for the bucket")
			}
		}
	}}
}
