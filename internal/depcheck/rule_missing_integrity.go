package depcheck

import (
	"fmt"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/deps"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var ruleMissingIntegrity = &rule.Rule{
	ID:       "dependencies/missing-integrity-hash",
	Area:     finding.Dependencies,
	Severity: finding.Medium,
	Title:    "Lockfile entry without an integrity hash",
	Description: "The lockfile records a downloaded package without the hash that lets the package manager " +
		"verify it (npm and yarn `integrity`, pnpm `resolution.integrity`, Cargo `checksum`, poetry and uv file " +
		"hashes, Pipfile.lock `hashes`, NuGet `contentHash`, a go.sum line for a go.mod requirement). Without it a " +
		"compromised registry, mirror or proxy can serve different code for the same version and nothing notices.",
	Remediation: "Regenerate the lockfile with a current package manager (npm install, yarn, pnpm install, cargo " +
		"generate-lockfile, poetry lock, uv lock, pipenv lock, dotnet restore --use-lock-file, go mod tidy) and " +
		"commit the hashes it writes.",
	References: []string{"https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json#packages"},
}

// checkIntegrity reports downloaded entries without a hash in formats that record one per entry.
// Git and local packages are not downloaded archives and have no such hash.
func checkIntegrity(p *analysis.FilePass, lf *deps.Lockfile) {
	if !lf.HashesRequired {
		return
	}
	for i := range lf.Packages {
		pk := &lf.Packages[i]
		if pk.Integrity != "" || pk.SourceKind == deps.SourceGit || pk.SourceKind == deps.SourceLocal {
			continue
		}
		p.Report(ruleMissingIntegrity.Finding(finding.Location{StartLine: pk.Line}, pkgSubject(pk),
			fmt.Sprintf("%s %s has no integrity hash in %s: the download cannot be verified", pk.Name, pk.Version, lf.Format)))
	}
}
