package runtime

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleCloudTrailLoggingStopped = newRule("cloudtrail-logging-stopped", finding.High,
	"CloudTrail trail is defined with logging turned off",
	"A trail whose logging is off records nothing: it gives the appearance of an audit trail without one.",
	"Turn logging on: enable_logging = true (IsLogging: true in CloudFormation).",
	"https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_StopLogging.html")

func checkCloudTrailLoggingStopped() *check {
	return &check{rule: ruleCloudTrailLoggingStopped, run: func(p *pass) {
		for _, t := range p.trails() {
			if v := get(t, "enable_logging", "IsLogging"); isFalse(v) {
				p.report(t, v, t.Label()+": the trail is defined with logging off, so it records nothing",
					setting(t, "enable_logging = true", "IsLogging: true"))
			}
		}
	}}
}
