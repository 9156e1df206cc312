package dockerfile

import (
	"regexp"
	"strings"

	"github.com/moby/buildkit/frontend/dockerfile/instructions"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// install is one package-manager install found in a RUN.
type install struct {
	manager  string
	packages []string
	// segment is the shell command the install sits in (up to ; && || |).
	segment string
}

var installRe = regexp.MustCompile(`\b(apt-get|apt|apk|yum|dnf|microdnf|zypper)\s+((?:-\S+\s+)*)(install|add)\b([^;&|\n]*)`)

// installs finds package installs in shell text and the packages they name (options and
// variables left out).
func installs(text string) []install {
	text = strings.ReplaceAll(text, "\\\n", " ")
	var out []install
	for _, m := range installRe.FindAllStringSubmatch(text, -1) {
		mgr, verb := m[1], m[3]
		if (mgr == "apk") != (verb == "add") {
			continue
		}
		in := install{manager: mgr, segment: m[0]}
		for _, f := range strings.Fields(m[4]) {
			if strings.HasPrefix(f, "-") || strings.ContainsAny(f, "$/") {
				continue
			}
			in.packages = append(in.packages, f)
		}
		out = append(out, in)
	}
	return out
}

// nameVersion matches rpm-style name-version arguments (curl-7.76.1).
var nameVersion = regexp.MustCompile(`-\d`)

// pinned reports whether a package argument names a version.
func pinned(manager, pkg string) bool {
	switch manager {
	case "apk", "apt-get", "apt":
		return strings.Contains(pkg, "=")
	default: // yum, dnf, zypper: name-version
		return nameVersion.MatchString(pkg) || strings.ContainsAny(pkg, "=<>")
	}
}

var unpinnedPackages = &check{
	rule: &rule.Rule{
		ID: "config/dockerfile-package-unpinned", Area: finding.Config, Severity: finding.Low,
		Title:       "Packages installed without versions",
		Description: "The build installs OS packages without versions: each build may get different packages, and nothing records what went into a release.",
		Remediation: "Pin package versions (apt-get install pkg=1.2.3-1, apk add pkg=1.2.3-r0), or pin the base image by digest and rebuild deliberately.",
		References:  []string{"https://docs.docker.com/build/building/best-practices/#apt-get"},
	},
	run: func(d *Dockerfile, r *reporter) {
		runs(d, func(s *Stage, run *instructions.RunCommand, text string) {
			for _, in := range installs(text) {
				var loose []string
				for _, p := range in.packages {
					if !pinned(in.manager, p) {
						loose = append(loose, p)
					}
				}
				if len(loose) > 0 {
					r.at(line(run), stageSubject(s)+" "+in.manager+" "+strings.Join(loose, ","), in.manager+" installs "+strings.Join(loose, ", ")+" without versions")
				}
			}
		})
	},
}

var packageCache = &check{
	rule: &rule.Rule{
		ID: "config/dockerfile-package-cache", Area: finding.Config, Severity: finding.Low,
		Title:       "Package manager cache left in the image",
		Description: "The install leaves the package index and cache in the layer: a larger image, and stale metadata that later steps may install from.",
		Remediation: "Use apk add --no-cache; end apt-get installs with rm -rf /var/lib/apt/lists/* in the same RUN; run yum/dnf clean all (or use a cache mount).",
		References:  []string{"https://docs.docker.com/build/building/best-practices/#apt-get"},
	},
	run: func(d *Dockerfile, r *reporter) {
		runs(d, func(s *Stage, run *instructions.RunCommand, text string) {
			if strings.Contains(strings.Join(run.FlagsUsed, " "), "mount") || strings.Contains(run.String(), "type=cache") {
				return
			}
			for _, in := range installs(text) {
				ok := true
				switch in.manager {
				case "apk":
					ok = strings.Contains(in.segment, "--no-cache")
				case "apt-get", "apt":
					ok = strings.Contains(text, "/var/lib/apt/lists")
				case "yum", "dnf", "microdnf":
					ok = strings.Contains(text, "clean all") || strings.Contains(text, "/var/cache/")
				case "zypper":
					ok = strings.Contains(text, "zypper clean") || strings.Contains(text, "zypper cc")
				}
				if !ok {
					r.at(line(run), stageSubject(s)+" "+in.manager+" cache", in.manager+" leaves its cache in the image")
					return
				}
			}
		})
	},
}
