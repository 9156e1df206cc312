package runtime

import (
	"fmt"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/resource"
)

var ruleLBAccessLogsDisabled = newRule("lb-access-logs-disabled", finding.Medium,
	"Load balancer writes no access logs",
	"An application or classic load balancer is the front door of the services behind it. Without access logs "+
		"there is no record of who sent which request, from where, with what result: probing, credential stuffing "+
		"and exploitation attempts leave no trace.",
	"Turn on access logs into a log bucket: access_logs { bucket = ..., enabled = true } (the access_logs.s3.enabled "+
		"attribute of AWS::ElasticLoadBalancingV2::LoadBalancer, AccessLoggingPolicy for a classic one).",
	"https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html")

func checkLBAccessLogsDisabled() *check {
	return &check{rule: ruleLBAccessLogsDisabled, run: func(p *pass) {
		for _, lb := range p.set.OfType("aws_lb", "aws_alb", "AWS::ElasticLoadBalancingV2::LoadBalancer") {
			typ := get(lb, "load_balancer_type", "Type")
			if typ.IsUnknown() || (!typ.IsNull() && !strIs(typ, "application")) {
				continue // network and gateway load balancers log differently or not at all
			}
			on, at, unsure := albLogging(lb)
			if on || unsure {
				continue
			}
			p.report(lb, at, lb.Label()+": the application load balancer writes no access logs", pick(lb,
				setting(lb, `access_logs {
  bucket  = aws_s3_bucket.lb_logs.id # its policy must let Elastic Load Balancing write
  prefix  = "`+lb.Name+`"
  enabled = true
}`, ""), setting(lb, "", `LoadBalancerAttributes:
  - Key: access_logs.s3.enabled
    Value: "true"
  - Key: access_logs.s3.bucket
    Value: !Ref LoadBalancerLogsBucket`)))
		}
		for _, lb := range p.set.OfType("aws_elb", "AWS::ElasticLoadBalancing::LoadBalancer") {
			v := get(lb, "access_logs", "AccessLoggingPolicy")
			enabled := get(lb, "access_logs.enabled", "AccessLoggingPolicy.Enabled")
			if v.IsUnknown() || enabled.IsUnknown() || (!v.IsNull() && !isFalse(enabled) && (!isCFN(lb) || isTrue(enabled))) {
				continue
			}
			p.report(lb, enabled, lb.Label()+": the classic load balancer writes no access logs", pick(lb,
				setting(lb, `access_logs {
  bucket   = aws_s3_bucket.lb_logs.id
  interval = 5
  enabled  = true
}`, ""), setting(lb, "", fmt.Sprintf(`AccessLoggingPolicy:
  Enabled: true
  EmitInterval: 5
  S3BucketName: !Ref LoadBalancerLogsBucket
  S3BucketPrefix: %s`, lb.Name))))
		}
	}}
}

// albLogging reads an application load balancer's access log setting: the access_logs block in
// Terraform (enabled defaults to false), the access_logs.s3.enabled attribute in CloudFormation.
func albLogging(lb *resource.Resource) (on bool, at *resource.Value, unsure bool) {
	if !isCFN(lb) {
		v := lb.Get("access_logs", "enabled")
		if v.IsNull() {
			return false, lb.Get("access_logs"), lb.Get("access_logs").IsUnknown()
		}
		return isTrue(v), v, v.IsUnknown()
	}
	attrs := lb.Get("LoadBalancerAttributes")
	if attrs.IsUnknown() {
		return false, nil, true
	}
	for _, a := range attrs.Elements() {
		if strIs(a.Get("Key"), "access_logs.s3.enabled") {
			v := a.Get("Value")
			return isTrue(v), v, v.IsUnknown()
		}
		if a.IsUnknown() || a.Get("Key").IsUnknown() {
			unsure = true
		}
	}
	return false, attrs, unsure
}
