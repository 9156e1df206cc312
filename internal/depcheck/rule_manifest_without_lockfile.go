package depcheck

import (
	"fmt"
	"path"
	"strings"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var ruleManifestWithoutLockfile = &rule.Rule{
	ID:       "dependencies/manifest-without-lockfile",
	Area:     finding.Dependencies,
	Severity: finding.Medium,
	Title:    "Dependency manifest without a lockfile",
	Description: "The manifest declares dependencies by range, but no lockfile pins the versions that were " +
		"tested. Every install may resolve different (possibly compromised) versions, builds are not " +
		"reproducible, and no vulnerability database can tell which versions ship.",
	Remediation: "Commit the lockfile that the package manager writes (package-lock.json, yarn.lock, " +
		"pnpm-lock.yaml, Cargo.lock, poetry.lock, uv.lock, Pipfile.lock, Gemfile.lock, composer.lock) and install " +
		"from it in CI (npm ci, yarn --immutable, pnpm install --frozen-lockfile, cargo --locked, ...).",
}

// checkManifests reports manifests with no lockfile in their folder or any folder above it.
func checkManifests(p *analysis.SetPass, manifests []*manifest) {
	if len(manifests) == 0 {
		return
	}
	present := map[string]bool{}
	for _, e := range p.Tree.Files {
		present[e.Path] = true
	}
	for _, m := range manifests {
		if m.Count <= 0 || len(m.Lockfiles) == 0 {
			continue
		}
		if hasLockfile(present, path.Dir(m.Path), m.Lockfiles) {
			continue
		}
		p.Report(ruleManifestWithoutLockfile.Finding(finding.Location{Path: m.Path, StartLine: m.Line}, m.Path,
			fmt.Sprintf("%s declares %d dependencies but no %s pins them", m.Path, m.Count, strings.Join(m.Lockfiles, ", "))))
	}
}

func hasLockfile(present map[string]bool, dir string, names []string) bool {
	for {
		for _, n := range names {
			if present[path.Join(dir, n)] {
				return true
			}
		}
		if dir == "." || dir == "/" || dir == "" {
			return false
		}
		dir = path.Dir(dir)
	}
}
