package runtime

import (
	"fmt"

	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleVPCFlowLogsMissing = newRule("vpc-flow-logs-missing", finding.Medium,
	"VPC has no flow logs",
	"Without flow logs, nothing records which addresses talked to what inside the VPC: lateral movement, "+
		"exfiltration to an unknown address and scanning cannot be traced, and GuardDuty has less to go on.",
	"Add a flow log for the whole VPC (an aws_flow_log with vpc_id; an AWS::EC2::FlowLog with ResourceType VPC), "+
		"capturing ALL traffic to S3 or CloudWatch Logs.",
	"https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html",
	"CIS AWS Foundations Benchmark 3.9")

func checkVPCFlowLogsMissing() *check {
	return &check{rule: ruleVPCFlowLogsMissing, run: func(p *pass) {
		for _, v := range p.set.OfType("aws_vpc", "AWS::EC2::VPC") {
			logs, unsure := p.referrers(v, via{types: []string{"aws_flow_log"}, attr: []string{"vpc_id"}},
				via{types: []string{"AWS::EC2::FlowLog"}, attr: []string{"ResourceId"}})
			if len(logs) > 0 || unsure {
				continue
			}
			p.report(v, nil, v.Label()+": no flow log records the traffic of this VPC", pick(v,
				fmt.Sprintf(`resource "aws_flow_log" %q {
  vpc_id               = %s.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = aws_s3_bucket.flow_logs.arn
}
`, v.Name, ref(v)),
				fmt.Sprintf(`%sFlowLog:
  Type: AWS::EC2::FlowLog
  Properties:
    ResourceId: !Ref %s
    ResourceType: VPC
    TrafficType: ALL
    LogDestinationType: s3
    LogDestination: !GetAtt FlowLogsBucket.Arn
`, cfnName(v.Name), v.Name)))
		}
	}}
}
