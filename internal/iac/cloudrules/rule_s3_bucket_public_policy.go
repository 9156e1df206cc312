package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/resource"
)

var ruleS3BucketPublicPolicy = newRule("config/s3-bucket-public-policy", finding.High,
	"S3 bucket policy allows anyone",
	"A bucket policy statement allows the wildcard principal (*) without any condition: anyone on the internet gets the listed actions on the bucket.",
	"Name the principals that need access, or add conditions (aws:SourceVpce, aws:PrincipalOrgID, a CloudFront distribution's aws:SourceArn) to the statement.")

func checkS3BucketPublicPolicy() *Check {
	return &Check{Rule: ruleS3BucketPublicPolicy, Run: func(c *Context) {
		for _, r := range c.Set.OfType("aws_s3_bucket_policy", "aws_s3_bucket", "AWS::S3::BucketPolicy") {
			key := "policy"
			if r.Source == resource.CloudFormation {
				key = "PolicyDocument"
			}
			for _, st := range publicStatements(c, r, r.Get(key)) {
				c.Report(r, st, r.Label()+": a policy statement allows the wildcard principal without a condition")
				break
			}
		}
	}}
}
