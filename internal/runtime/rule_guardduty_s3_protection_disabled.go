package runtime

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleGuardDutyS3ProtectionDisabled = newRule("guardduty-s3-protection-disabled", finding.Medium,
	"GuardDuty S3 Protection is not enabled",
	"Without S3 Protection, GuardDuty does not read S3 data events: it misses a bucket being listed and drained "+
		"from an unusual place, or its public access being opened. The configuration does not enable it, so whether "+
		"it is on depends on how and when the detector was first created.",
	"Enable the S3_DATA_EVENTS feature with an aws_guardduty_detector_feature resource (the Features property in "+
		"CloudFormation; the legacy datasources { s3_logs { enable = true } } block works too).",
	"https://docs.aws.amazon.com/guardduty/latest/ug/s3-protection.html")

func checkGuardDutyS3ProtectionDisabled() *check {
	return &check{rule: ruleGuardDutyS3ProtectionDisabled, run: func(p *pass) {
		for _, d := range p.set.OfType(detectorTypes...) {
			if !detectorEnabled(d) {
				continue
			}
			p.protectionGap(d, s3Protection, ": S3 data access is not watched for threats")
		}
	}}
}
