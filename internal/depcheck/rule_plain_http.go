package depcheck

import (
	"fmt"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/deps"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var rulePlainHTTP = &rule.Rule{
	ID:       "dependencies/plain-http-source",
	Area:     finding.Dependencies,
	Severity: finding.High,
	Title:    "Package resolved over plain HTTP",
	Description: "The lockfile resolves a package from an http:// (or git://) URL. Anyone on the network path " +
		"can replace the package, and a missing or weak integrity hash lets the swap go unnoticed.",
	Remediation: "Resolve the package from an https:// registry or repository URL and regenerate the lockfile.",
}

var ruleNonRegistry = &rule.Rule{
	ID:       "dependencies/non-registry-source",
	Area:     finding.Dependencies,
	Severity: finding.Medium,
	Title:    "Package resolved from a git repository or tarball URL",
	Description: "The package does not come from its ecosystem's registry but from a git repository or an " +
		"archive URL. Such sources bypass the registry's immutable versions, its malware takedowns and its " +
		"advisories (no vulnerability database can match them by version), and a branch or tag can move.",
	Remediation: "Depend on a published registry version. When a fork is unavoidable, pin it to a full commit " +
		"SHA (or publish it to a private registry) and review it like first-party code.",
}

// checkSources reports packages fetched over plain HTTP, and those from git or tarball URLs.
func checkSources(p *analysis.FilePass, lf *deps.Lockfile) {
	for i := range lf.Packages {
		pk := &lf.Packages[i]
		loc := finding.Location{StartLine: pk.Line}
		switch pk.SourceKind {
		case deps.SourceHTTP:
			p.Report(rulePlainHTTP.Finding(loc, pkgSubject(pk),
				fmt.Sprintf("%s is resolved over plain HTTP from %s", pk.Name, pk.Source)))
		case deps.SourceGit:
			f := ruleNonRegistry.Finding(loc, pkgSubject(pk), fmt.Sprintf("%s comes from git repository %s", pk.Name, pk.Source))
			if pk.Commit != "" {
				f.Message += " pinned to commit " + pk.Commit[:min(12, len(pk.Commit))]
				f.Severity = finding.Low
			} else {
				f.Message += " without a pinned commit"
			}
			p.Report(f)
		case deps.SourceTarball:
			p.Report(ruleNonRegistry.Finding(loc, pkgSubject(pk),
				fmt.Sprintf("%s comes from archive URL %s instead of the registry", pk.Name, pk.Source)))
		}
	}
}
