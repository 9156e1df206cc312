package runtime

import (
	"fmt"
	"strings"
	"testing"

	"github.com/vigil-sec/vigil/internal/iac/resource"
	"github.com/vigil-sec/vigil/internal/iac/terraform"
)

// benchSet evaluates a generated configuration: roots root modules, each with n buckets (half of
// them with access logging), n/10 VPCs (half with flow logs), a trail and its log group with the
// CIS filters, and load balancers.
func benchSet(b *testing.B, roots, n int) *resource.Set {
	b.Helper()
	var files []*terraform.File
	for r := range roots {
		var sb strings.Builder
		fmt.Fprintf(&sb, "provider \"aws\" {}\nresource \"aws_iam_account_alias\" \"a\" { account_alias = \"acct-%d\" }\n", r)
		fmt.Fprintf(&sb, "resource \"aws_cloudwatch_log_group\" \"trail\" { name = \"trail-%d\" }\n", r)
		fmt.Fprintf(&sb, "resource \"aws_cloudtrail\" \"t\" {\n  name = \"t\"\n  s3_bucket_name = aws_s3_bucket.b0.id\n  is_multi_region_trail = true\n  cloud_watch_logs_group_arn = \"${aws_cloudwatch_log_group.trail.arn}:*\"\n}\n")
		for i, it := range cisItems {
			fmt.Fprintf(&sb, "resource \"aws_cloudwatch_log_metric_filter\" \"f%d\" {\n  log_group_name = aws_cloudwatch_log_group.trail.name\n  pattern = %q\n  metric_transformation {\n    name = %q\n    namespace = \"CIS\"\n    value = \"1\"\n  }\n}\n", i, it.pattern, it.metric)
			fmt.Fprintf(&sb, "resource \"aws_cloudwatch_metric_alarm\" \"a%d\" {\n  metric_name = %q\n  namespace = \"CIS\"\n  alarm_actions = [\"arn:aws:sns:eu-west-1:1:x\"]\n}\n", i, it.metric)
		}
		for i := range n {
			fmt.Fprintf(&sb, "resource \"aws_s3_bucket\" \"b%d\" { bucket = \"data-%d-%d\" }\n", i, r, i)
			if i%2 == 0 {
				fmt.Fprintf(&sb, "resource \"aws_s3_bucket_logging\" \"l%d\" {\n  bucket = aws_s3_bucket.b%d.id\n  target_bucket = \"access-logs\"\n}\n", i, i)
			}
			if i%10 == 0 {
				fmt.Fprintf(&sb, "resource \"aws_vpc\" \"v%d\" { cidr_block = \"10.0.0.0/16\" }\n", i)
				fmt.Fprintf(&sb, "resource \"aws_lb\" \"lb%d\" { name = \"lb%d\" }\n", i, i)
				if i%20 == 0 {
					fmt.Fprintf(&sb, "resource \"aws_flow_log\" \"fl%d\" { vpc_id = aws_vpc.v%d.id }\n", i, i)
				}
			}
		}
		f, err := terraform.Parse(fmt.Sprintf("root%03d/main.tf", r), []byte(sb.String()))
		if err != nil {
			b.Fatal(err)
		}
		files = append(files, f)
	}
	return resource.NewSet(terraform.Evaluate(files, terraform.Options{}, nil).Resources...)
}

func benchRun(b *testing.B, set *resource.Set) {
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		ps := newPass(set, nil, nil)
		ps.workloadsKnown = true
		for _, c := range allChecks() {
			ps.rule = c.rule
			c.run(ps)
		}
		if len(ps.findings) == 0 {
			b.Fatal("no findings")
		}
	}
	b.ReportMetric(float64(set.Len()), "resources")
}

// One large root: joins within a root must not be quadratic in practice.
func BenchmarkRulesOneRoot(b *testing.B) { benchRun(b, benchSet(b, 1, 4000)) }

// Many roots: joins are scoped to a root.
func BenchmarkRulesManyRoots(b *testing.B) { benchRun(b, benchSet(b, 100, 40)) }
