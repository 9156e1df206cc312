package runtime

import (
	"fmt"

	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleCloudTrailBucketPublic = newRule("cloudtrail-bucket-public", finding.Critical,
	"CloudTrail delivers to a public bucket",
	"The bucket a trail delivers to holds the account's whole API history: who did what, from where, with which "+
		"resources. A public ACL or a policy that allows anyone hands that map of the account to everyone.",
	"Make the trail's bucket private: remove the public ACL and the statements that allow Principal \"*\", and add "+
		"a public access block with all four settings on.",
	"https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html",
	"CIS AWS Foundations Benchmark 3.3")

func checkCloudTrailBucketPublic() *check {
	return &check{rule: ruleCloudTrailBucketPublic, run: func(p *pass) {
		for _, t := range p.trails() {
			for _, b := range p.trailBuckets(t) {
				why, at := p.bucketPublic(b)
				if why == "" {
					continue
				}
				p.report(b, at, fmt.Sprintf("%s receives the logs of trail %s and is public: %s", b.Label(), t.Label(), why),
					pick(b, fmt.Sprintf(`resource "aws_s3_bucket_public_access_block" %q {
  bucket                  = %s.id
  block_public_acls       = true
  ignore_public_acls      = true
  block_public_policy     = true
  restrict_public_buckets = true
}
# and remove the public ACL or the policy statement that allows Principal "*"
`, b.Name, ref(b)), setting(b, "", `PublicAccessBlockConfiguration:
  BlockPublicAcls: true
  IgnorePublicAcls: true
  BlockPublicPolicy: true
  RestrictPublicBuckets: true
# and remove AccessControl or the policy statement that allows Principal "*"`)))
			}
		}
	}}
}
