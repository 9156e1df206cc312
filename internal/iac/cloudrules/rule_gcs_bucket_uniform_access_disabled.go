package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleGcsBucketUniformAccessDisabled = newRule("config/gcs-bucket-uniform-access-disabled", finding.Medium,
	"Cloud Storage bucket uses fine-grained ACLs",
	"Without uniform bucket-level access (off by default) object ACLs can grant access that the bucket's IAM policy does not show, including public access.",
	"Set uniform_bucket_level_access = true.")

func checkGcsBucketUniformAccessDisabled() *Check {
	return attrCheck(ruleGcsBucketUniformAccessDisabled,
		expect{Types: []string{"google_storage_bucket"}, Path: []string{"uniform_bucket_level_access"}, Bad: isFalse,
			Message: "uniform_bucket_level_access = %s: object ACLs can grant access that IAM does not show",
			Missing: defaultNote("uniform_bucket_level_access", "false", "object ACLs can grant access that IAM does not show")},
	)
}
