package dockerfile

import (
	"path"
	"strings"

	"github.com/moby/buildkit/frontend/dockerfile/instructions"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

func isURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

func isGit(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "git@") || strings.HasPrefix(l, "git://") || strings.HasSuffix(l, ".git") || strings.Contains(l, ".git#")
}

// adds calls fn for every ADD of every stage.
func adds(d *Dockerfile, fn func(s *Stage, a *instructions.AddCommand)) {
	for _, s := range d.Stages {
		for _, c := range s.Commands {
			if a, ok := c.(*instructions.AddCommand); ok {
				fn(s, a)
			}
		}
	}
}

var addRemote = &check{
	rule: &rule.Rule{
		ID: "config/dockerfile-add-remote-url", Area: finding.Config, Severity: finding.Medium,
		Title:       "ADD of a remote URL without a checksum",
		Description: "ADD downloads the URL at build time with nothing to check what arrives: a compromised or hijacked server puts its file into the image.",
		Remediation: "Use ADD --checksum=sha256:... with the URL, or download with curl and verify the checksum in the same RUN.",
		References:  []string{"https://docs.docker.com/reference/dockerfile/#add---checksum"},
	},
	run: func(d *Dockerfile, r *reporter) {
		adds(d, func(s *Stage, a *instructions.AddCommand) {
			for _, src := range a.SourcePaths {
				if isURL(src) && !isGit(src) && a.Checksum == "" {
					r.at(line(a), stageSubject(s)+" "+src, "ADD downloads "+src+" without --checksum")
				}
			}
		})
	},
}

// archiveExt are the files ADD unpacks, the one good reason to use ADD for local files.
var archiveExt = []string{".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz", ".tar.zst", ".gz", ".bz2", ".xz"}

var addLocal = &check{
	rule: &rule.Rule{
		ID: "config/dockerfile-add-instead-of-copy", Area: finding.Config, Severity: finding.Low,
		Title:       "ADD used to copy local files",
		Description: "ADD unpacks archives and fetches URLs implicitly; for plain local files that magic only hides what the step does. COPY is explicit.",
		Remediation: "Use COPY for local files and directories.",
		References:  []string{"https://docs.docker.com/build/building/best-practices/#add-or-copy"},
	},
	run: func(d *Dockerfile, r *reporter) {
		adds(d, func(s *Stage, a *instructions.AddCommand) {
			for _, src := range a.SourcePaths {
				if isURL(src) || isGit(src) {
					continue
				}
				l := strings.ToLower(src)
				archive := false
				for _, ext := range archiveExt {
					archive = archive || strings.HasSuffix(l, ext)
				}
				if !archive && !strings.ContainsAny(path.Base(l), "*?[") {
					r.at(line(a), stageSubject(s)+" "+src, "ADD copies local "+src+"; use COPY")
					return
				}
			}
		})
	},
}
