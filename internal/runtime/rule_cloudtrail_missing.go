package runtime

import (
	"fmt"

	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleCloudTrailMissing = newRule("cloudtrail-missing", finding.High,
	"The AWS account baseline defines no CloudTrail trail",
	"This configuration manages account-wide AWS settings, yet defines no CloudTrail trail. Without a trail, API "+
		"activity is kept for 90 days in the console event history only, for management events only, and cannot be "+
		"searched, alerted on or kept as evidence after an incident."+awsBaselineNote,
	"Add a multi-region trail with log file validation, KMS encryption and CloudWatch Logs delivery to a private "+
		"bucket with access logging:\n\n"+trailSnippetTF,
	"https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-create-and-update-a-trail.html",
	"CIS AWS Foundations Benchmark 3.1")

func checkCloudTrailMissing() *check {
	return &check{rule: ruleCloudTrailMissing, run: func(p *pass) {
		for _, b := range p.baselines("aws") {
			if p.has(b.root, trailTypes...) {
				continue
			}
			fix := trailSnippetTF
			if b.cloudformation() {
				fix = trailSnippetCFN
			}
			p.reportAt(b.anchor, b.subject("aws"), fmt.Sprintf(
				"this configuration manages the AWS account (%s) but defines no CloudTrail trail: add one here", b.marker.Label()), fix)
		}
	}}
}
