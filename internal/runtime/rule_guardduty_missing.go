package runtime

import (
	"fmt"

	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleGuardDutyMissing = newRule("guardduty-missing", finding.High,
	"The AWS account baseline defines no GuardDuty detector",
	"This configuration manages account-wide AWS settings, yet defines no GuardDuty detector. GuardDuty is the "+
		"managed threat detection of AWS: it reads CloudTrail, VPC flow logs and DNS logs for compromised "+
		"credentials, crypto mining, reconnaissance and data exfiltration, without agents."+awsBaselineNote,
	"Add a detector (and, in an organization, make the security account its delegated administrator):\n\n"+guardDutySnippetTF,
	"https://docs.aws.amazon.com/guardduty/latest/ug/what-is-guardduty.html")

const guardDutySnippetTF = `resource "aws_guardduty_detector" "main" {
  enable = true
}

resource "aws_guardduty_detector_feature" "s3" {
  detector_id = aws_guardduty_detector.main.id
  name        = "S3_DATA_EVENTS"
  status      = "ENABLED"
}
`

const guardDutySnippetCFN = `Detector:
  Type: AWS::GuardDuty::Detector
  Properties:
    Enable: true
    Features:
      - Name: S3_DATA_EVENTS
        Status: ENABLED
`

func checkGuardDutyMissing() *check {
	return &check{rule: ruleGuardDutyMissing, run: func(p *pass) {
		for _, b := range p.baselines("aws") {
			if p.has(b.root, append(detectorTypes, "aws_guardduty_organization_admin_account", "aws_guardduty_member", "aws_guardduty_invite_accepter")...) {
				continue
			}
			fix := guardDutySnippetTF
			if b.cloudformation() {
				fix = guardDutySnippetCFN
			}
			p.reportAt(b.anchor, b.subject("aws"), fmt.Sprintf(
				"this configuration manages the AWS account (%s) but defines no GuardDuty detector: add one here", b.marker.Label()), fix)
		}
	}}
}
