package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/resource"
)

var ruleS3BucketVersioningDisabled = newRule("config/s3-bucket-versioning-disabled", finding.Low,
	"S3 bucket versioning is not enabled",
	"Without versioning, an overwrite or a delete (by mistake, by ransomware or by a leaked key) destroys the only copy of an object.",
	"Enable versioning with an aws_s3_bucket_versioning resource (VersioningConfiguration Status Enabled in CloudFormation).")

func checkS3BucketVersioningDisabled() *Check {
	return &Check{Rule: ruleS3BucketVersioningDisabled, Run: func(c *Context) {
		for _, r := range c.Set.OfType("aws_s3_bucket") {
			if v := r.Get("versioning", "enabled"); v.IsUnknown() || isTrue(v) {
				continue
			}
			good, unknown := joined(c, r, s3Join("aws_s3_bucket_versioning"), func(x *resource.Resource) (bool, bool) {
				st := x.Get("versioning_configuration", "status")
				return known(x, []string{"versioning_configuration", "status"}, "Enabled"), !st.IsUnknown()
			})
			if !good && !unknown {
				c.Report(r, r.Get("versioning", "enabled"), r.Label()+": versioning is not enabled for the bucket")
			}
		}
		for _, r := range c.Set.OfType("AWS::S3::Bucket") {
			st := r.Get("VersioningConfiguration", "Status")
			if !st.IsUnknown() && !known(r, []string{"VersioningConfiguration", "Status"}, "Enabled") {
				c.Report(r, st, r.Label()+": versioning is not enabled for the bucket")
			}
		}
	}}
}
