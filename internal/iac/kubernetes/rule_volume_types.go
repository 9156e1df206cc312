package kubernetes

import (
	"slices"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/kubernetes/manifest"
	"github.com/vigil-sec/vigil/internal/rule"
)

// restrictedVolumeTypes are the volume sources the restricted Pod Security Standard allows.
var restrictedVolumeTypes = []string{"configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim", "projected", "secret"}

var volumeType = &check{
	rule: &rule.Rule{
		ID: "config/k8s-restricted-volume-type", Area: finding.Config, Severity: finding.Low,
		Title:       "Volume type outside the restricted set",
		Description: "The restricted Pod Security Standard allows only configMap, csi, downwardAPI, emptyDir, ephemeral, persistentVolumeClaim, projected and secret volumes; in-tree network and cloud volumes bypass the storage class's controls.",
		Remediation: "Use a PersistentVolumeClaim or a CSI volume instead.",
		References:  []string{pssURL},
	},
	pod: func(p *manifest.Pod, r *reporter) {
		for _, v := range p.Volumes() {
			if v.Type != "" && v.Type != "hostPath" && !slices.Contains(restrictedVolumeTypes, v.Type) {
				r.at(p.Object, v.Node.Key(v.Type).Line(), p.Object.ID()+" volume "+v.Name, "volume "+v.Name+" is of type "+v.Type)
			}
		}
	},
}
