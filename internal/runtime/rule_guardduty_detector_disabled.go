package runtime

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleGuardDutyDetectorDisabled = newRule("guardduty-detector-disabled", finding.High,
	"GuardDuty detector is defined but disabled",
	"A detector with enable = false looks like threat detection in the code and detects nothing.",
	"Enable the detector: enable = true (Enable: true in CloudFormation).",
	"https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_suspend-disable.html")

func checkGuardDutyDetectorDisabled() *check {
	return &check{rule: ruleGuardDutyDetectorDisabled, run: func(p *pass) {
		for _, d := range p.set.OfType(detectorTypes...) {
			if v := get(d, "enable", "Enable"); isFalse(v) {
				p.report(d, v, d.Label()+": the GuardDuty detector is disabled, so no threat is detected",
					setting(d, "enable = true", "Enable: true"))
			}
		}
	}}
}
