package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleSubnetPublicIpOnLaunch = newRule("config/subnet-public-ip-on-launch", finding.Low,
	"Subnet gives every instance a public IP address",
	"map_public_ip_on_launch makes every instance launched in the subnet get a public IPv4 address, whether or not it serves the internet.",
	"Turn off automatic public addresses; give public addresses only to what must have them (load balancers, NAT gateways).")

func checkSubnetPublicIpOnLaunch() *Check {
	return attrCheck(ruleSubnetPublicIpOnLaunch,
		expect{Types: []string{"aws_subnet"}, Path: []string{"map_public_ip_on_launch"}, Bad: isTrue,
			Message: "map_public_ip_on_launch = %s gives every instance in the subnet a public IP address"},
		expect{Types: []string{"AWS::EC2::Subnet"}, Path: []string{"MapPublicIpOnLaunch"}, Bad: isTrue,
			Message: "MapPublicIpOnLaunch: %s gives every instance in the subnet a public IP address"},
	)
}
