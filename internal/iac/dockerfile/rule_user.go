package dockerfile

import (
	"strings"

	"github.com/moby/buildkit/frontend/dockerfile/instructions"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// lastUser is the last USER of the stage or of the stages it builds on, with its line.
func lastUser(s *Stage) (*instructions.UserCommand, bool) {
	for _, st := range s.Chain() {
		for i := len(st.Commands) - 1; i >= 0; i-- {
			if u, ok := st.Commands[i].(*instructions.UserCommand); ok {
				return u, true
			}
		}
	}
	return nil, false
}

// nonRootBase reports images that run as a non-root user by default.
func nonRootBase(img string) bool {
	return strings.Contains(img, ":nonroot") || strings.Contains(img, "-nonroot") || strings.HasPrefix(img, "cgr.dev/chainguard/") ||
		strings.EqualFold(img, "scratch")
}

func isRootUser(u string) bool {
	name, _, _ := strings.Cut(strings.TrimSpace(u), ":")
	return name == "root" || name == "0"
}

var noUser = &check{
	rule: &rule.Rule{
		ID: "config/dockerfile-no-user", Area: finding.Config, Severity: finding.Medium,
		Title:       "Image runs as root (no USER)",
		Description: "The final stage never sets USER, so the container runs as root unless the platform overrides it; a compromise of the process is a root compromise of the container.",
		Remediation: "Create an unprivileged user and add USER <uid> to the final stage.",
		References:  []string{"https://docs.docker.com/build/building/best-practices/#user"},
	},
	run: func(d *Dockerfile, r *reporter) {
		s := d.Final()
		if s == nil {
			return
		}
		if _, ok := lastUser(s); ok {
			return
		}
		base := s.Chain()[len(s.Chain())-1]
		if nonRootBase(base.Image) || nonRootBase(base.Base) {
			return
		}
		r.at(s.Line, stageSubject(s), "the final stage ("+s.Base+") sets no USER and runs as root")
	},
}

var userRoot = &check{
	rule: &rule.Rule{
		ID: "config/dockerfile-user-root", Area: finding.Config, Severity: finding.High,
		Title:       "Image runs as root (USER root)",
		Description: "The last USER of the final stage is root (or uid 0): the container runs as root.",
		Remediation: "Switch back to an unprivileged user (USER 10001) after the steps that need root.",
		References:  []string{"https://docs.docker.com/build/building/best-practices/#user"},
	},
	run: func(d *Dockerfile, r *reporter) {
		s := d.Final()
		if s == nil {
			return
		}
		if u, ok := lastUser(s); ok && isRootUser(u.User) {
			r.at(line(u), stageSubject(s), "the final stage runs as "+u.User)
		}
	},
}
