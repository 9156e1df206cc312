package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleComputeInstanceSerialPortEnabled = newRule("config/compute-instance-serial-port-enabled", finding.Medium,
	"Compute instance allows serial port access",
	"serial-port-enable in the metadata opens the interactive serial console, which accepts connections from any IP address.",
	"Remove serial-port-enable or set it to false.")

func checkComputeInstanceSerialPortEnabled() *Check {
	return attrCheck(ruleComputeInstanceSerialPortEnabled,
		expect{Types: []string{"google_compute_instance", "google_compute_instance_template"}, Path: []string{"metadata", "serial-port-enable"}, Bad: oneOf("true", "1"),
			Message: "serial-port-enable = %s: the interactive serial console is reachable"},
	)
}
