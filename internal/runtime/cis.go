package runtime

import (
	"fmt"
	"slices"
	"strings"

	"github.com/vigil-sec/vigil/internal/iac/resource"
)

// The CIS AWS Foundations Benchmark monitoring set (section 4 of v3.0, section 3 before v1.5):
// metric filters on the CloudTrail log group, each with an alarm that notifies someone.

// cisItem is one monitored event class.
type cisItem struct {
	id      string // the benchmark's recommendation number (v3.0)
	name    string
	metric  string // the metric name the fix uses
	pattern string // the benchmark's filter pattern, for the fix
	all     []string
	any     []string
}

var cisItems = []cisItem{
	{"4.1", "unauthorized API calls", "UnauthorizedAPICalls",
		`{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") && ($.sourceIPAddress != "delivery.logs.amazonaws.com") && ($.eventName != "HeadBucket") }`,
		[]string{"$.errorcode"}, []string{"unauthorizedoperation", "accessdenied"}},
	{"4.2", "console sign-in without MFA", "ConsoleSigninWithoutMFA",
		`{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }`,
		[]string{"consolelogin", "mfaused"}, nil},
	{"4.3", "root user activity", "RootAccountUsage",
		`{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }`,
		[]string{"$.useridentity.type=root"}, nil},
	{"4.4", "IAM policy changes", "IAMPolicyChanges",
		`{ ($.eventSource = iam.amazonaws.com) && (($.eventName = DeleteGroupPolicy) || ($.eventName = DeleteRolePolicy) || ($.eventName = DeleteUserPolicy) || ($.eventName = PutGroupPolicy) || ($.eventName = PutRolePolicy) || ($.eventName = PutUserPolicy) || ($.eventName = CreatePolicy) || ($.eventName = DeletePolicy) || ($.eventName = CreatePolicyVersion) || ($.eventName = DeletePolicyVersion) || ($.eventName = AttachRolePolicy) || ($.eventName = DetachRolePolicy) || ($.eventName = AttachUserPolicy) || ($.eventName = DetachUserPolicy) || ($.eventName = AttachGroupPolicy) || ($.eventName = DetachGroupPolicy)) }`,
		nil, []string{"putrolepolicy", "attachrolepolicy", "putuserpolicy", "attachuserpolicy", "createpolicyversion"}},
	{"4.5", "CloudTrail configuration changes", "CloudTrailChanges",
		`{ ($.eventName = CreateTrail) || ($.eventName = UpdateTrail) || ($.eventName = DeleteTrail) || ($.eventName = StartLogging) || ($.eventName = StopLogging) }`,
		nil, []string{"stoplogging", "deletetrail", "updatetrail"}},
	{"4.6", "console authentication failures", "ConsoleAuthenticationFailures",
		`{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }`,
		[]string{"consolelogin", "failedauthentication"}, nil},
	{"4.7", "KMS key disabling or scheduled deletion", "DisableOrDeleteCMK",
		`{ ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion)) }`,
		nil, []string{"disablekey", "schedulekeydeletion"}},
	{"4.8", "S3 bucket policy changes", "S3BucketPolicyChanges",
		`{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = PutBucketCors) || ($.eventName = PutBucketLifecycle) || ($.eventName = PutBucketReplication) || ($.eventName = DeleteBucketPolicy) || ($.eventName = DeleteBucketCors) || ($.eventName = DeleteBucketLifecycle) || ($.eventName = DeleteBucketReplication)) }`,
		nil, []string{"putbucketpolicy", "deletebucketpolicy", "putbucketacl"}},
	{"4.9", "AWS Config changes", "AWSConfigChanges",
		`{ ($.eventSource = config.amazonaws.com) && (($.eventName = StopConfigurationRecorder) || ($.eventName = DeleteDeliveryChannel) || ($.eventName = PutDeliveryChannel) || ($.eventName = PutConfigurationRecorder)) }`,
		nil, []string{"stopconfigurationrecorder", "deletedeliverychannel", "putconfigurationrecorder"}},
	{"4.10", "security group changes", "SecurityGroupChanges",
		`{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = AuthorizeSecurityGroupEgress) || ($.eventName = RevokeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupEgress) || ($.eventName = CreateSecurityGroup) || ($.eventName = DeleteSecurityGroup) }`,
		nil, []string{"authorizesecuritygroupingress", "createsecuritygroup", "revokesecuritygroupingress"}},
	{"4.11", "network ACL changes", "NACLChanges",
		`{ ($.eventName = CreateNetworkAcl) || ($.eventName = CreateNetworkAclEntry) || ($.eventName = DeleteNetworkAcl) || ($.eventName = DeleteNetworkAclEntry) || ($.eventName = ReplaceNetworkAclEntry) || ($.eventName = ReplaceNetworkAclAssociation) }`,
		nil, []string{"createnetworkacl", "deletenetworkacl", "replacenetworkaclentry"}},
	{"4.12", "network gateway changes", "NetworkGatewayChanges",
		`{ ($.eventName = CreateCustomerGateway) || ($.eventName = DeleteCustomerGateway) || ($.eventName = AttachInternetGateway) || ($.eventName = CreateInternetGateway) || ($.eventName = DeleteInternetGateway) || ($.eventName = DetachInternetGateway) }`,
		nil, []string{"attachinternetgateway", "createinternetgateway", "createcustomergateway"}},
	{"4.13", "route table changes", "RouteTableChanges",
		`{ ($.eventSource = ec2.amazonaws.com) && (($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable)) }`,
		nil, []string{"createroute", "replaceroute", "deleteroute"}},
	{"4.14", "VPC changes", "VPCChanges",
		`{ ($.eventName = CreateVpc) || ($.eventName = DeleteVpc) || ($.eventName = ModifyVpcAttribute) || ($.eventName = AcceptVpcPeeringConnection) || ($.eventName = CreateVpcPeeringConnection) || ($.eventName = DeleteVpcPeeringConnection) || ($.eventName = RejectVpcPeeringConnection) || ($.eventName = AttachClassicLinkVpc) || ($.eventName = DetachClassicLinkVpc) || ($.eventName = DisableVpcClassicLink) || ($.eventName = EnableVpcClassicLink) }`,
		nil, []string{"createvpc", "deletevpc", "modifyvpcattribute"}},
	{"4.15", "AWS Organizations changes", "OrganizationsChanges",
		`{ ($.eventSource = organizations.amazonaws.com) && (($.eventName = AcceptHandshake) || ($.eventName = AttachPolicy) || ($.eventName = CreateAccount) || ($.eventName = CreateOrganizationalUnit) || ($.eventName = CreatePolicy) || ($.eventName = DeclineHandshake) || ($.eventName = DeleteOrganization) || ($.eventName = DeleteOrganizationalUnit) || ($.eventName = DeletePolicy) || ($.eventName = DetachPolicy) || ($.eventName = DisablePolicyType) || ($.eventName = EnablePolicyType) || ($.eventName = InviteAccountToOrganization) || ($.eventName = LeaveOrganization) || ($.eventName = MoveAccount) || ($.eventName = RemoveAccountFromOrganization) || ($.eventName = UpdatePolicy) || ($.eventName = UpdateOrganizationalUnit)) }`,
		nil, []string{"organizations.amazonaws.com"}},
}

// normPattern folds a filter pattern for matching: lower case, no spaces, no quotes.
func normPattern(s string) string {
	return strings.Map(func(c rune) rune {
		switch c {
		case ' ', '\t', '\n', '\r', '"', '\'':
			return -1
		}
		return c
	}, strings.ToLower(s))
}

// anyPattern stands for a filter pattern that cannot be known: it may watch anything.
const anyPattern = "\x00any"

// matches reports whether a normalized filter pattern watches the item's events.
func (it cisItem) matches(norm string) bool {
	if norm == anyPattern {
		return true
	}
	for _, s := range it.all {
		if !strings.Contains(norm, s) {
			return false
		}
	}
	if len(it.any) == 0 {
		return true
	}
	for _, s := range it.any {
		if strings.Contains(norm, s) {
			return true
		}
	}
	return false
}

var (
	logGroupTypes     = []string{"aws_cloudwatch_log_group", "AWS::Logs::LogGroup"}
	metricFilterTypes = []string{"aws_cloudwatch_log_metric_filter", "AWS::Logs::MetricFilter"}
	alarmTypes        = []string{"aws_cloudwatch_metric_alarm", "AWS::CloudWatch::Alarm"}
)

// metric is a CloudWatch metric: name and namespace ("" when absent, "*" when unknown).
type metric struct{ name, namespace string }

// metricPart reads a metric name or namespace.
func metricPart(v *resource.Value) string {
	if v.IsUnknown() {
		return "*"
	}
	return str(v)
}

// filterMetrics returns the metrics a metric filter publishes.
func filterMetrics(f *resource.Resource) []metric {
	var out []metric
	if isCFN(f) {
		for _, t := range f.Get("MetricTransformations").Elements() {
			out = append(out, metric{metricPart(t.Get("MetricName")), metricPart(t.Get("MetricNamespace"))})
		}
		return out
	}
	for _, t := range f.Get("metric_transformation").Elements() {
		out = append(out, metric{metricPart(t.Get("name")), metricPart(t.Get("namespace"))})
	}
	return out
}

// alarmMetrics returns the metrics an alarm watches (its own, or those of its metric queries).
func alarmMetrics(a *resource.Resource) []metric {
	if isCFN(a) {
		out := []metric{{metricPart(a.Get("MetricName")), metricPart(a.Get("Namespace"))}}
		for _, m := range a.All("Metrics", "MetricStat", "Metric") {
			out = append(out, metric{metricPart(m.Get("MetricName")), metricPart(m.Get("Namespace"))})
		}
		return out
	}
	out := []metric{{metricPart(a.Get("metric_name")), metricPart(a.Get("namespace"))}}
	for _, m := range a.All("metric_query", "metric") {
		out = append(out, metric{metricPart(m.Get("metric_name")), metricPart(m.Get("namespace"))})
	}
	return out
}

// same reports whether two metrics may be one: names equal (or unknown), namespaces equal where
// known.
func (m metric) same(o metric) bool {
	eq := func(a, b string) bool { return a == b || a == "*" || b == "*" }
	return m.name != "" && o.name != "" && eq(m.name, o.name) && (m.namespace == "" || o.namespace == "" || eq(m.namespace, o.namespace))
}

// trailFilters returns the metric filters on a trail's log group (every filter of its root when
// the group cannot be told).
func (p *pass) trailFilters(t *resource.Resource) []*resource.Resource {
	v := get(t, "cloud_watch_logs_group_arn", "CloudWatchLogsLogGroupArn")
	groups, _ := p.targets(t, v, logGroupTypes, "name", "LogGroupName")
	var literal []string
	if s, ok := v.AsString(); ok && len(v.Refs) == 0 {
		literal = literalNames(strings.TrimSuffix(s, ":*"))
	}
	var out []*resource.Resource
	for _, f := range p.inRoot(t.Root, metricFilterTypes...) {
		lg := get(f, "log_group_name", "LogGroupName")
		on := len(groups) == 0 && len(literal) == 0 || lg.IsUnknown() && len(lg.Refs) == 0
		for _, g := range groups {
			own, unknown := names(g, []string{"name", "LogGroupName"})
			if points, _ := pointsAt(lg, g, own, unknown); points {
				on = true
			}
		}
		if s, ok := lg.AsString(); ok && len(lg.Refs) == 0 && slices.Contains(literal, s) {
			on = true
		}
		if on {
			out = append(out, f)
		}
	}
	return out
}

// alarmsOn returns the alarms of a root that watch one of the metrics.
func (p *pass) alarmsOn(root string, ms []metric) []*resource.Resource {
	var out []*resource.Resource
	for _, a := range p.inRoot(root, alarmTypes...) {
	next:
		for _, am := range alarmMetrics(a) {
			for _, m := range ms {
				if am.same(m) {
					out = append(out, a)
					break next
				}
			}
		}
	}
	return out
}

// cisFix renders the metric filters and alarms for the missing items, on the trail's log group.
func cisFix(t *resource.Resource, missing []cisItem) string {
	var b strings.Builder
	for _, it := range missing {
		n := tfName(strings.ToLower(it.metric))
		if isCFN(t) {
			fmt.Fprintf(&b, `%[1]sFilter:
  Type: AWS::Logs::MetricFilter
  Properties:
    LogGroupName: !Ref TrailLogGroup
    FilterPattern: '%[2]s'
    MetricTransformations:
      - MetricName: %[1]s
        MetricNamespace: CISBenchmark
        MetricValue: "1"
%[1]sAlarm:
  Type: AWS::CloudWatch::Alarm
  Properties:
    AlarmName: cis-%[3]s
    MetricName: %[1]s
    Namespace: CISBenchmark
    Statistic: Sum
    Period: 300
    EvaluationPeriods: 1
    Threshold: 1
    ComparisonOperator: GreaterThanOrEqualToThreshold
    TreatMissingData: notBreaching
    AlarmActions:
      - !Ref SecurityAlertsTopic # with a subscription
`, it.metric, it.pattern, n)
			continue
		}
		fmt.Fprintf(&b, `resource "aws_cloudwatch_log_metric_filter" %[1]q {
  name           = %[1]q
  log_group_name = aws_cloudwatch_log_group.trail.name
  pattern        = %[2]q
  metric_transformation {
    name      = %[3]q
    namespace = "CISBenchmark"
    value     = "1"
  }
}

resource "aws_cloudwatch_metric_alarm" %[1]q {
  alarm_name          = "cis-%[1]s"
  metric_name         = %[3]q
  namespace           = "CISBenchmark"
  statistic           = "Sum"
  period              = 300
  evaluation_periods  = 1
  threshold           = 1
  comparison_operator = "GreaterThanOrEqualToThreshold"
  treat_missing_data  = "notBreaching"
  alarm_actions       = [aws_sns_topic.security_alerts.arn] # with a subscription
}

`, n, it.pattern, it.metric)
	}
	return b.String()
}
