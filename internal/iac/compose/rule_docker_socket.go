package compose

import (
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// volumeSource is the host side of a volume entry in short ("src:dst[:mode]") or long form.
func volumeSource(v Value) string {
	if v.IsMap() {
		return v.Get("source").Str()
	}
	src, _, _ := strings.Cut(v.Str(), ":")
	return src
}

var dockerSocket = &check{
	rule: &rule.Rule{
		ID: "config/compose-docker-socket", Area: finding.Config, Severity: finding.Critical,
		Title:       "Docker socket mounted into a service",
		Description: "A service with the Docker (or containerd/Podman) socket can start privileged containers on the host: it is root on the host.",
		Remediation: "Remove the socket mount; if the service must manage containers, put a restricting proxy (such as docker-socket-proxy) in front of it.",
		References:  []string{"https://docs.docker.com/engine/security/#docker-daemon-attack-surface"},
	},
	service: func(s *Service, r *reporter) {
		for _, v := range s.Node.Get("volumes").Items() {
			src := volumeSource(v)
			if strings.HasSuffix(src, "docker.sock") || strings.HasSuffix(src, "containerd.sock") || strings.HasSuffix(src, "podman.sock") {
				r.at(s, v.Line(), src, "service "+s.Name+" mounts "+src)
			}
		}
	},
}
