package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleInstancePublicIp = newRule("config/instance-public-ip", finding.Medium,
	"Instance gets a public IP address",
	"The instance, launch template or launch configuration assigns a public IPv4 address, so the instance is reachable from the internet whenever its security group allows it, and data on it is one rule away from exposure.",
	"Launch instances in private subnets without public addresses and publish services through a load balancer; use SSM Session Manager for administration.")

func checkInstancePublicIp() *Check {
	return attrCheck(ruleInstancePublicIp,
		expect{Types: []string{"aws_instance", "aws_launch_configuration"}, Path: []string{"associate_public_ip_address"}, Bad: isTrue,
			Message: "associate_public_ip_address = %s gives the instance a public IP address"},
		expect{Types: []string{"aws_launch_template"}, Path: []string{"network_interfaces", "associate_public_ip_address"}, Bad: isTrue, Each: true,
			Message: "a network interface has associate_public_ip_address = %s"},
		expect{Types: []string{"AWS::EC2::Instance"}, Path: []string{"NetworkInterfaces", "AssociatePublicIpAddress"}, Bad: isTrue, Each: true,
			Message: "a network interface has AssociatePublicIpAddress: %s"},
		expect{Types: []string{"AWS::EC2::LaunchTemplate"}, Path: []string{"LaunchTemplateData", "NetworkInterfaces", "AssociatePublicIpAddress"}, Bad: isTrue, Each: true,
			Message: "a network interface has AssociatePublicIpAddress: %s"},
		expect{Types: []string{"AWS::AutoScaling::LaunchConfiguration"}, Path: []string{"AssociatePublicIpAddress"}, Bad: isTrue,
			Message: "AssociatePublicIpAddress: %s gives the instances public IP addresses"},
	)
}
