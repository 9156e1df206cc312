package cloudrules

import (
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleGcsBucketPublic = newRule("config/gcs-bucket-public", finding.High,
	"Cloud Storage bucket is public",
	"An IAM member or binding, or an ACL entry, grants a role on the bucket to allUsers or allAuthenticatedUsers: anyone (with any Google account) can read or write it.",
	"Remove allUsers and allAuthenticatedUsers grants; share objects with signed URLs or through a load balancer with Cloud CDN.")

func checkGcsBucketPublic() *Check {
	return &Check{Rule: ruleGcsBucketPublic, Run: func(c *Context) {
		gcpPublicMembers(c, "the bucket", "google_storage_bucket_iam_member", "google_storage_bucket_iam_binding")
		for _, r := range c.Set.OfType("google_storage_bucket_acl", "google_storage_default_object_acl") {
			for _, v := range r.Get("role_entity").Elements() {
				if s, ok := v.AsString(); ok && (strings.HasSuffix(s, ":allUsers") || strings.HasSuffix(s, ":allAuthenticatedUsers")) {
					c.Report(r, v, r.Label()+": the ACL entry "+s+" makes the bucket's objects public")
				}
			}
		}
	}}
}
