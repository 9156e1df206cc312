package kubernetes

import (
	"slices"
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/kubernetes/manifest"
	"github.com/vigil-sec/vigil/internal/rule"
)

// dangerousCaps are capabilities that amount to root on the node.
var dangerousCaps = []string{"ALL", "SYS_ADMIN", "NET_ADMIN", "SYS_MODULE", "SYS_PTRACE", "SYS_RAWIO", "DAC_READ_SEARCH", "BPF", "PERFMON", "SYS_BOOT"}

// baselineCaps are the capabilities the baseline Pod Security Standard allows to add.
var baselineCaps = []string{"AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT"}

func normCap(c string) string {
	return strings.TrimPrefix(strings.ToUpper(strings.TrimSpace(c)), "CAP_")
}

var dangerousCapability = &check{
	rule: &rule.Rule{
		ID: "config/k8s-dangerous-capability", Area: finding.Config, Severity: finding.High,
		Title:       "Dangerous capability added",
		Description: "The container adds SYS_ADMIN, NET_ADMIN, ALL or another capability that lets it take over the node or its network.",
		Remediation: "Remove the capability from securityContext.capabilities.add; drop ALL and add back only what the process needs.",
		References:  []string{pssURL},
	},
	container: func(c *manifest.Container, r *reporter) {
		for _, v := range c.SecurityContext().Path("capabilities", "add").Items() {
			if slices.Contains(dangerousCaps, normCap(v.Str())) {
				r.at(c.Pod.Object, v.Line(), c.Subject()+" cap "+normCap(v.Str()), "container "+c.Name+" adds capability "+v.Str())
			}
		}
	},
}

var capabilityNotBaseline = &check{
	rule: &rule.Rule{
		ID: "config/k8s-capability-not-baseline", Area: finding.Config, Severity: finding.Medium,
		Title:       "Capability outside the baseline set",
		Description: "The container adds a capability that the baseline Pod Security Standard does not allow (such as NET_RAW or SYS_TIME).",
		Remediation: "Remove the capability, or document why the workload needs it and run it in a namespace with a privileged policy.",
		References:  []string{pssURL},
	},
	container: func(c *manifest.Container, r *reporter) {
		for _, v := range c.SecurityContext().Path("capabilities", "add").Items() {
			cp := normCap(v.Str())
			if cp != "" && !slices.Contains(dangerousCaps, cp) && !slices.Contains(baselineCaps, cp) {
				r.at(c.Pod.Object, v.Line(), c.Subject()+" cap "+cp, "container "+c.Name+" adds capability "+v.Str()+", outside the baseline set")
			}
		}
	},
}

var capabilitiesNotDropped = &check{
	rule: &rule.Rule{
		ID: "config/k8s-capabilities-not-dropped", Area: finding.Config, Severity: finding.Low,
		Title:       "Capabilities not dropped",
		Description: "The restricted Pod Security Standard requires every container to drop ALL capabilities (adding back at most NET_BIND_SERVICE); the runtime's default set includes ones most programs never use.",
		Remediation: "Set securityContext.capabilities.drop: [ALL] on the container.",
		References:  []string{pssURL},
	},
	container: func(c *manifest.Container, r *reporter) {
		if c.Kind == manifest.Ephemeral {
			return
		}
		for _, v := range c.SecurityContext().Path("capabilities", "drop").Items() {
			if normCap(v.Str()) == "ALL" {
				return
			}
		}
		r.container(c, c.SecurityContext().Key("capabilities").Line(), "container "+c.Name+" does not drop ALL capabilities")
	},
}
