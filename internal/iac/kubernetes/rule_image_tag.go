package kubernetes

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/kubernetes/manifest"
	"github.com/vigil-sec/vigil/internal/images"
	"github.com/vigil-sec/vigil/internal/rule"
)

var imageMutableTag = &check{
	rule: &rule.Rule{
		ID: "config/k8s-image-mutable-tag", Area: finding.Config, Severity: finding.Medium,
		Title:       "Image with a mutable tag",
		Description: "The container's image has no tag, or a floating one such as latest, and no digest: what runs changes without a change to the manifest, and a poisoned push is picked up on the next restart.",
		Remediation: "Name the image by a release tag and its digest (image: repo:1.2.3@sha256:...).",
		References:  []string{"https://kubernetes.io/docs/concepts/containers/images/#image-names"},
	},
	container: func(c *manifest.Container, r *reporter) {
		img := c.Node.Get("image")
		if ref, ok := images.ParseRef(img.Str()); ok && ref.Mutable() {
			r.container(c, img.Line(), "container "+c.Name+" uses image "+img.Str()+" with a mutable tag")
		}
	},
}

var imagePullPolicy = &check{
	rule: &rule.Rule{
		ID: "config/k8s-image-pull-policy", Area: finding.Config, Severity: finding.Low,
		Title:       "Mutable tag without imagePullPolicy Always",
		Description: "With a mutable tag and imagePullPolicy IfNotPresent or Never, nodes run whatever version they cached: pods of one workload run different code, and a fixed image is not picked up.",
		Remediation: "Pin the image by digest; until then set imagePullPolicy: Always.",
		References:  []string{"https://kubernetes.io/docs/concepts/containers/images/#image-pull-policy"},
	},
	container: func(c *manifest.Container, r *reporter) {
		ref, ok := images.ParseRef(c.Image())
		if !ok || !ref.Mutable() {
			return
		}
		if p := c.Node.Get("imagePullPolicy"); p.Exists() && p.Str() != "Always" {
			r.container(c, p.Line(), "container "+c.Name+" uses mutable image "+c.Image()+" with imagePullPolicy "+p.Str())
		}
	},
}
