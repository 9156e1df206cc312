package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleS3BucketPublicAccessBlockMissing = newRule("config/s3-bucket-public-access-block-missing", finding.Medium,
	"S3 bucket has no public access block",
	"Neither the bucket (an aws_s3_bucket_public_access_block joined to it, or PublicAccessBlockConfiguration) nor the account (aws_s3_account_public_access_block in the same configuration) blocks public ACLs and policies: one careless ACL or policy makes the data public.",
	"Add an aws_s3_bucket_public_access_block for the bucket with all four settings true (PublicAccessBlockConfiguration in CloudFormation), or block public access for the whole account.")

func checkS3BucketPublicAccessBlockMissing() *Check {
	return &Check{Rule: ruleS3BucketPublicAccessBlockMissing, Run: func(c *Context) {
		accountBlock := map[string]bool{}
		for _, a := range c.Set.OfType("aws_s3_account_public_access_block") {
			accountBlock[a.Root] = true
		}
		for _, r := range c.Set.OfType("aws_s3_bucket") {
			if accountBlock[r.Root] {
				continue
			}
			good, unknown := joined(c, r, s3Join("aws_s3_bucket_public_access_block"), always)
			if !good && !unknown {
				c.Report(r, nil, r.Label()+": no aws_s3_bucket_public_access_block is joined to the bucket, and the account has none in this configuration")
			}
		}
		for _, r := range c.Set.OfType("AWS::S3::Bucket") {
			if !hasAttr(r, "PublicAccessBlockConfiguration") {
				c.Report(r, nil, r.Label()+": PublicAccessBlockConfiguration is not set, so public ACLs and policies are not blocked")
			}
		}
	}}
}
