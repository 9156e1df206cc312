package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/resource"
)

var ruleS3PublicAccessBlockDisabled = newRule("config/s3-public-access-block-disabled", finding.High,
	"S3 public access block leaves a setting off",
	"A public access block sets block_public_acls, block_public_policy, ignore_public_acls or restrict_public_buckets to false, or leaves it out (the provider default is false): the block does not stop that kind of public access.",
	"Set all four settings to true.")

func checkS3PublicAccessBlockDisabled() *Check {
	keys := []string{"block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"}
	cfnKeys := []string{"BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets"}
	var exps []expect
	for i := range keys {
		exps = append(exps,
			expect{Types: []string{"aws_s3_bucket_public_access_block", "aws_s3_account_public_access_block"}, Path: []string{keys[i]}, Bad: isFalse,
				Message: keys[i] + " = %s lets that kind of public access through",
				Missing: defaultNote(keys[i], "false", "that kind of public access is not blocked")},
			expect{Types: []string{"AWS::S3::Bucket"}, Path: []string{"PublicAccessBlockConfiguration", cfnKeys[i]}, Bad: isFalse,
				Message: cfnKeys[i] + ": %s lets that kind of public access through",
				Missing: defaultNote(cfnKeys[i], "false", "that kind of public access is not blocked"),
				Skip:    func(c *Context, r *resource.Resource) bool { return !hasAttr(r, "PublicAccessBlockConfiguration") }},
		)
	}
	return attrCheck(ruleS3PublicAccessBlockDisabled, exps...)
}
