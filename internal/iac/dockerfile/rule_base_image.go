package dockerfile

import (
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/images"
	"github.com/vigil-sec/vigil/internal/rule"
)

var latestTag = &check{
	rule: &rule.Rule{
		ID: "config/dockerfile-latest-tag", Area: finding.Config, Severity: finding.Medium,
		Title:       "Base image without a version tag",
		Description: "FROM names an image without a tag or with a floating tag such as latest: every build may get a different base, and a poisoned push reaches the next build.",
		Remediation: "Name the base image by a release tag and, for release builds, its digest (FROM image:1.2.3@sha256:...).",
		References:  []string{"https://docs.docker.com/build/building/best-practices/#from"},
	},
	run: func(d *Dockerfile, r *reporter) {
		for _, s := range d.Stages {
			if ref, ok := images.ParseRef(s.Image); ok && ref.Mutable() {
				r.at(s.Line, stageSubject(s)+" "+s.Image, "FROM "+s.Base+" uses a mutable tag")
			}
		}
	},
}

var notPinned = &check{
	rule: &rule.Rule{
		ID: "config/dockerfile-base-not-pinned", Area: finding.Config, Severity: finding.Low,
		Title:       "Release base image not pinned by digest",
		Description: "The final stage's base image is named by tag only. Tags move: rebuilding the same commit can ship a different base, which defeats reproducible, reviewable releases.",
		Remediation: "Pin the base of the final stage by digest (FROM image:1.2.3@sha256:...) and let a bot such as Renovate or Dependabot update it.",
		References:  []string{"https://docs.docker.com/build/building/best-practices/#pin-base-image-versions"},
	},
	run: func(d *Dockerfile, r *reporter) {
		s := d.Final()
		if s == nil {
			return
		}
		base := s.Chain()[len(s.Chain())-1]
		if ref, ok := images.ParseRef(base.Image); ok && !ref.Mutable() && !ref.Pinned() {
			r.at(base.Line, stageSubject(base)+" "+base.Image, "the release image is built on "+base.Image+" without a digest")
		}
	},
}
