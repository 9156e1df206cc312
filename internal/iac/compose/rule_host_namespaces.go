package compose

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// hostMode builds the check for a service setting field (network_mode, pid, ipc) to host.
func hostMode(field, id, title, what string) *check {
	return &check{
		rule: &rule.Rule{
			ID: id, Area: finding.Config, Severity: finding.High, Title: title,
			Description: field + ": host shares the host's " + what + " with the container, removing a layer of isolation.",
			Remediation: "Remove " + field + ": host; publish ports or share namespaces between services instead.",
			References:  []string{"https://docs.docker.com/reference/compose-file/services/"},
		},
		service: func(s *Service, r *reporter) {
			if v := s.Node.Get(field); v.Str() == "host" {
				r.at(s, v.Line(), "", "service "+s.Name+" sets "+field+": host")
			}
		},
	}
}

var (
	hostNetwork = hostMode("network_mode", "config/compose-host-network", "Compose service on the host network", "network stack (it reaches host-local services and listens on host interfaces)")
	hostPID     = hostMode("pid", "config/compose-host-pid", "Compose service in the host PID namespace", "processes (it can see and signal them)")
	hostIPC     = hostMode("ipc", "config/compose-host-ipc", "Compose service in the host IPC namespace", "shared memory")
)
