package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleSecurityGroupAdminPortOpen = newRule("config/security-group-admin-port-open", finding.High,
	"Security group open to the internet on an administrative port",
	"An ingress rule admits 0.0.0.0/0 or ::/0 to SSH, RDP, WinRM, Telnet, VNC, the Kubernetes API, the kubelet, etcd or the Docker daemon. These ports are scanned and brute-forced within minutes of exposure.",
	"Limit the source to known ranges (a VPN, a bastion's security group) or reach instances through SSM Session Manager instead of opening the port.")

func checkSecurityGroupAdminPortOpen() *Check {
	return &Check{Rule: ruleSecurityGroupAdminPortOpen, Run: func(c *Context) { exposureCheck(c, "aws", "the security group", &adminPorts) }}
}
