package runtime

import (
	"fmt"
	"slices"
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
			filters := p.alarmedFilters(t)
			var missing []cisItem
			for _, it := range cisItems {
				if !slices.ContainsFunc(filters, it.matches) {
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

// alarmedFilters returns the normalized patterns of the metric filters on a trail's log group
// that some alarm watches; an unknown pattern matches anything (it cannot be told).
func (p *pass) alarmedFilters(t *resource.Resource) []string {
	var out []string
	for _, f := range p.trailFilters(t) {
		if len(p.alarmsOn(t.Root, filterMetrics(f))) == 0 {
			continue
		}
		pat := get(f, "pattern", "FilterPattern")
		if pat.IsUnknown() {
			return []string{anyPattern}
		}
		out = append(out, normPattern(str(pat)))
	}
	return out
}
