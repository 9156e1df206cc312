package compose

import (
	"slices"
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var dangerousCaps = []string{"ALL", "SYS_ADMIN", "NET_ADMIN", "SYS_MODULE", "SYS_PTRACE", "SYS_RAWIO", "DAC_READ_SEARCH", "BPF", "PERFMON", "SYS_BOOT"}

var dangerousCapability = &check{
	rule: &rule.Rule{
		ID: "config/compose-dangerous-capability", Area: finding.Config, Severity: finding.High,
		Title:       "Dangerous capability added to a Compose service",
		Description: "cap_add grants SYS_ADMIN, NET_ADMIN, ALL or another capability that lets the container take over the host or its network.",
		Remediation: "Remove the capability; add only narrow ones such as NET_BIND_SERVICE.",
		References:  []string{"https://docs.docker.com/reference/compose-file/services/#cap_add"},
	},
	service: func(s *Service, r *reporter) {
		for _, v := range s.Node.Get("cap_add").Items() {
			c := strings.TrimPrefix(strings.ToUpper(v.Str()), "CAP_")
			if slices.Contains(dangerousCaps, c) {
				r.at(s, v.Line(), "cap "+c, "service "+s.Name+" adds capability "+v.Str())
			}
		}
	},
}

var securityOptUnconfined = &check{
	rule: &rule.Rule{
		ID: "config/compose-security-opt-unconfined", Area: finding.Config, Severity: finding.High,
		Title:       "Seccomp or AppArmor turned off",
		Description: "security_opt seccomp:unconfined or apparmor:unconfined removes the kernel filters that stop most container escapes.",
		Remediation: "Remove the option, or supply a custom profile that allows only what the service needs.",
		References:  []string{"https://docs.docker.com/engine/security/seccomp/"},
	},
	service: func(s *Service, r *reporter) {
		for _, v := range s.Node.Get("security_opt").Items() {
			o := strings.ReplaceAll(strings.ToLower(v.Str()), "=", ":")
			if o == "seccomp:unconfined" || o == "apparmor:unconfined" || o == "label:disable" {
				r.at(s, v.Line(), o, "service "+s.Name+" sets security_opt "+v.Str())
			}
		}
	},
}
