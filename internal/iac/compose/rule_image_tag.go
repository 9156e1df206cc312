package compose

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/images"
	"github.com/vigil-sec/vigil/internal/rule"
)

var imageUntagged = &check{
	rule: &rule.Rule{
		ID: "config/compose-image-untagged", Area: finding.Config, Severity: finding.Medium,
		Title:       "Compose image without a version tag",
		Description: "The service's image has no tag or a floating one such as latest: each pull may bring different code, and a poisoned push is picked up silently.",
		Remediation: "Name the image by a release tag, and its digest where the stack is deployed (image: postgres:16.4@sha256:...).",
		References:  []string{"https://docs.docker.com/reference/compose-file/services/#image"},
	},
	service: func(s *Service, r *reporter) {
		img := s.Image()
		if ref, ok := images.ParseRef(img.Str()); ok && ref.Mutable() {
			r.at(s, img.Line(), img.Str(), "service "+s.Name+" uses image "+img.Str()+" with a mutable tag")
		}
	},
}
