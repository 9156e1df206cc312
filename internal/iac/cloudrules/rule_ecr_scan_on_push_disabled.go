package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleEcrScanOnPushDisabled = newRule("config/ecr-scan-on-push-disabled", finding.Medium,
	"ECR repository does not scan images on push",
	"Pushed images are not scanned for known vulnerabilities (scan_on_push defaults to false).",
	"Set image_scanning_configuration.scan_on_push = true (ImageScanningConfiguration ScanOnPush), or enable enhanced scanning for the registry.")

func checkEcrScanOnPushDisabled() *Check {
	return attrCheck(ruleEcrScanOnPushDisabled,
		expect{Types: []string{"aws_ecr_repository"}, Path: []string{"image_scanning_configuration", "scan_on_push"}, Bad: isFalse,
			Message: "scan_on_push = %s: vulnerable images are pushed unnoticed",
			Missing: defaultNote("image_scanning_configuration.scan_on_push", "false", "vulnerable images are pushed unnoticed")},
		expect{Types: []string{"AWS::ECR::Repository"}, Path: []string{"ImageScanningConfiguration", "ScanOnPush"}, Bad: isFalse,
			Message: "ScanOnPush: %s: vulnerable images are pushed unnoticed",
			Missing: defaultNote("ImageScanningConfiguration.ScanOnPush", "false", "vulnerable images are pushed unnoticed")},
	)
}
