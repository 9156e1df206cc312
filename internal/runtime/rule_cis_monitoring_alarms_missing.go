package runtime

import (
	"fmt"
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/resource"
)

var ruleCISMonitoringAlarmsMissing = newRule("cis-monitoring-alarms-missing", finding.Medium,
	"CloudTrail log group lacks the CIS monitoring filters and alarms",
	"A trail that delivers to CloudWatch Logs makes alerting possible, but only metric filters with alarms turn it "+
		"into alerts. The CIS AWS Foundations Benchmark asks for one per event class that signals an intrusion or "+
		"an attempt to hide one: root user activity, unauthorized API calls, console sign-in without MFA and failed "+
		"console sign-ins, changes to IAM policies, CloudTrail, Config, KMS keys, bucket policies, security groups, "+
		"network ACLs, gateways, route tables, VPCs and the organization.",
	"For each missing event class, add a metric filter on the trail's log group (pattern from the benchmark) and an "+
		"alarm on its metric that notifies an SNS topic with a subscription.",
	"https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html",
	"CIS AWS Foundations Benchmark 4.1-4.15 (v3.0)")

func checkCISMonitoringAlarmsMissing() *check {
	return &check{rule: ruleCISMonitoringAlarmsMissing, run: func(p *pass) {
		for _, t := range p.trails() {
			at := get(t, "cloud_watch_logs_group_arn", "CloudWatchLogsLogGroupArn")
			if at.IsNull() {
				continue
			}
			filters := p.trailFilters(t)
			var missing []cisItem
			for _, it := range cisItems {
				if !p.watched(t.Root, filters, it) {
					missing = append(missing, it)
				}
			}
			if len(missing) == 0 {
				continue
			}
			names := make([]string, len(missing))
			for i, it := range missing {
				names[i] = it.name + " (" + it.id + ")"
			}
			p.report(t, at, fmt.Sprintf("%s: its CloudWatch Logs group has no metric filter with an alarm for %d of the %d CIS monitoring events: %s",
				t.Label(), len(missing), len(cisItems), strings.Join(names, ", ")), cisFix(t, missing))
		}
	}}
}

// watched reports whether some filter matches the item and some alarm watches its metric.
func (p *pass) watched(root string, filters []*resource.Resource, it cisItem) bool {
	for _, f := range filters {
		pat := get(f, "pattern", "FilterPattern")
		if pat.IsUnknown() {
			return true // cannot be told: give the benefit of the doubt
		}
		if !it.matches(normPattern(str(pat))) {
			continue
		}
		if len(p.alarmsOn(root, filterMetrics(f))) > 0 {
			return true
		}
	}
	return false
}
