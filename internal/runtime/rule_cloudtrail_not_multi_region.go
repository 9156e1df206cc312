package runtime

import (
	"slices"

	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleCloudTrailNotMultiRegion = newRule("cloudtrail-not-multi-region", finding.Medium,
	"No CloudTrail trail covers every region",
	"The trails of this configuration each record one region only. An attacker who works in a region nobody uses "+
		"(to run instances, or to create resources that go unnoticed) leaves no trace in them.",
	"Make the account trail multi-region: is_multi_region_trail = true (IsMultiRegionTrail: true in CloudFormation).",
	"https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html",
	"CIS AWS Foundations Benchmark 3.1")

func checkCloudTrailNotMultiRegion() *check {
	return &check{rule: ruleCloudTrailNotMultiRegion, run: func(p *pass) {
		byRoot := map[string][]bool{}
		trails := p.trails()
		for _, t := range trails {
			byRoot[t.Root] = append(byRoot[t.Root], multiRegion(t) || get(t, "is_multi_region_trail", "IsMultiRegionTrail").IsUnknown())
		}
		for _, t := range trails {
			if slices.Contains(byRoot[t.Root], true) {
				continue
			}
			v := get(t, "is_multi_region_trail", "IsMultiRegionTrail")
			p.report(t, v, t.Label()+": the trail records one region only, and no trail of this configuration covers every region",
				setting(t, "is_multi_region_trail         = true\ninclude_global_service_events = true",
					"IsMultiRegionTrail: true\nIncludeGlobalServiceEvents: true"))
		}
	}}
}
