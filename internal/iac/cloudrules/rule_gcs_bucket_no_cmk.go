package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleGcsBucketNoCmk = newRule("config/gcs-bucket-no-cmk", finding.Low,
	"Cloud Storage bucket does not use a customer-managed key",
	"Without encryption.default_kms_key_name objects are encrypted with Google-managed keys you cannot restrict or revoke.",
	"Set encryption { default_kms_key_name = ... } to a Cloud KMS key.")

func checkGcsBucketNoCmk() *Check {
	return attrCheck(ruleGcsBucketNoCmk,
		expect{Types: []string{"google_storage_bucket"}, Path: []string{"encryption", "default_kms_key_name"}, Bad: emptyString,
			Message: "default_kms_key_name = %s: objects are not encrypted with a customer-managed key",
			Missing: defaultNote("encryption.default_kms_key_name", "none", "objects are not encrypted with a customer-managed key")},
	)
}
