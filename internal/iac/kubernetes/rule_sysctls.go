package kubernetes

import (
	"slices"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/kubernetes/manifest"
	"github.com/vigil-sec/vigil/internal/rule"
)

// safeSysctls is the baseline Pod Security Standard's allowed list.
var safeSysctls = []string{
	"kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range", "net.ipv4.ip_unprivileged_port_start",
	"net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range", "net.ipv4.ip_local_reserved_ports",
	"net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout", "net.ipv4.tcp_keepalive_intvl",
	"net.ipv4.tcp_keepalive_probes", "net.ipv4.tcp_rmem", "net.ipv4.tcp_wmem",
}

var unsafeSysctl = &check{
	rule: &rule.Rule{
		ID: "config/k8s-unsafe-sysctl", Area: finding.Config, Severity: finding.High,
		Title:       "Unsafe sysctl",
		Description: "The pod sets a sysctl outside the safe, namespaced set; such settings can affect the whole node. The baseline Pod Security Standard forbids them.",
		Remediation: "Remove the sysctl, or set it on the node rather than from a pod.",
		References:  []string{pssURL},
	},
	pod: func(p *manifest.Pod, r *reporter) {
		for _, s := range p.Spec.Path("securityContext", "sysctls").Items() {
			name := s.Get("name")
			if name.Exists() && !slices.Contains(safeSysctls, name.Str()) {
				r.at(p.Object, name.Line(), p.Object.ID()+" sysctl "+name.Str(), p.Object.ID()+" sets unsafe sysctl "+name.Str())
			}
		}
	},
}
