package runtime

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleCloudTrailLogValidationDisabled = newRule("cloudtrail-log-validation-disabled", finding.Medium,
	"CloudTrail log file validation is not enabled",
	"Without log file validation, nobody can prove that the trail's log files were not altered or deleted after "+
		"delivery: an intruder with access to the bucket can remove the traces of what they did.",
	"Enable validation: enable_log_file_validation = true (EnableLogFileValidation: true in CloudFormation).",
	"https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html",
	"CIS AWS Foundations Benchmark 3.2")

func checkCloudTrailLogValidationDisabled() *check {
	return &check{rule: ruleCloudTrailLogValidationDisabled, run: func(p *pass) {
		for _, t := range p.trails() {
			v := get(t, "enable_log_file_validation", "EnableLogFileValidation")
			if v.IsUnknown() || isTrue(v) {
				continue
			}
			p.report(t, v, t.Label()+": log file validation is not enabled, so tampering with the delivered logs cannot be detected",
				setting(t, "enable_log_file_validation = true", "EnableLogFileValidation: true"))
		}
	}}
}
