package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleS3BucketPublicAcl = newRule("config/s3-bucket-public-acl", finding.High,
	"S3 bucket has a public canned ACL",
	"The bucket's ACL is public-read, public-read-write or authenticated-read: anyone (or any AWS account) can list or read the objects, and with public-read-write write them.",
	"Use the private ACL (or disable ACLs with object ownership BucketOwnerEnforced) and share data through signed URLs or CloudFront with origin access control.")

func checkS3BucketPublicAcl() *Check {
	public := oneOf("public-read", "public-read-write", "authenticated-read", "PublicRead", "PublicReadWrite", "AuthenticatedRead")
	return attrCheck(ruleS3BucketPublicAcl,
		expect{Types: []string{"aws_s3_bucket", "aws_s3_bucket_acl"}, Path: []string{"acl"}, Bad: public,
			Message: "the canned ACL %s makes the bucket's objects public"},
		expect{Types: []string{"AWS::S3::Bucket"}, Path: []string{"AccessControl"}, Bad: public,
			Message: "AccessControl: %s makes the bucket's objects public"},
	)
}
