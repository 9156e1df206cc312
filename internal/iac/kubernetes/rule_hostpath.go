package kubernetes

import (
	"path"
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/kubernetes/manifest"
	"github.com/vigil-sec/vigil/internal/rule"
)

// sensitiveHostPath reports whether mounting p gives control of the node: the container runtime's
// socket, the root, /etc, /var/run, kubelet state, /proc, /sys, /root, /home, /boot, /dev.
func sensitiveHostPath(p string) bool {
	c := path.Clean("/" + strings.TrimSpace(p))
	if strings.HasSuffix(c, ".sock") || strings.Contains(c, "docker") || strings.Contains(c, "containerd") || strings.Contains(c, "crio") {
		return true
	}
	for _, s := range []string{"/", "/etc", "/var/run", "/run", "/var/lib/kubelet", "/proc", "/sys", "/root", "/home", "/boot", "/dev", "/var", "/usr", "/bin", "/lib"} {
		if c == s {
			return true
		}
	}
	for _, s := range []string{"/etc/", "/var/run/", "/run/", "/var/lib/kubelet/", "/proc/", "/root/", "/boot/"} {
		if strings.HasPrefix(c, s) {
			return true
		}
	}
	return false
}

var hostPathVolume = &check{
	rule: &rule.Rule{
		ID: "config/k8s-hostpath-volume", Area: finding.Config, Severity: finding.Medium,
		Title:       "hostPath volume",
		Description: "A hostPath volume mounts a directory of the node into the pod; the baseline Pod Security Standard forbids them because they expose node files and break isolation.",
		Remediation: "Use an emptyDir, a ConfigMap, a Secret or a PersistentVolumeClaim instead of a hostPath.",
		References:  []string{pssURL},
	},
	pod: func(p *manifest.Pod, r *reporter) {
		for _, v := range p.Volumes() {
			hp := v.Node.Path("hostPath", "path")
			if v.Type == "hostPath" && !sensitiveHostPath(hp.Str()) {
				r.at(p.Object, v.Node.Key("hostPath").Line(), p.Object.ID()+" volume "+v.Name, "volume "+v.Name+" mounts host path "+hp.Str())
			}
		}
	},
}

var hostPathSensitive = &check{
	rule: &rule.Rule{
		ID: "config/k8s-hostpath-sensitive", Area: finding.Config, Severity: finding.Critical,
		Title:       "Sensitive host path mounted",
		Description: "The pod mounts the container runtime socket, the node's root, /etc, /var/run or another path that gives control of the node or its credentials.",
		Remediation: "Remove the hostPath volume. Workloads that must talk to the runtime belong in a dedicated, tightly restricted namespace.",
		References:  []string{pssURL},
	},
	pod: func(p *manifest.Pod, r *reporter) {
		for _, v := range p.Volumes() {
			hp := v.Node.Path("hostPath", "path")
			if v.Type == "hostPath" && sensitiveHostPath(hp.Str()) {
				r.at(p.Object, hp.Line(), p.Object.ID()+" volume "+v.Name, "volume "+v.Name+" mounts sensitive host path "+hp.Str())
			}
		}
	},
}
