package depcheck

import (
	"fmt"
	"path"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/deps"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var ruleMissingGoSum = &rule.Rule{
	ID:       "dependencies/missing-go-sum",
	Area:     finding.Dependencies,
	Severity: finding.Medium,
	Title:    "go.mod without go.sum",
	Description: "A module that requires other modules keeps their cryptographic hashes in go.sum beside go.mod. " +
		"Without it, builds trust whatever the module proxy or origin serves the first time, and a checkout " +
		"cannot prove it builds the same code as the last one.",
	Remediation: "Run `go mod tidy` and commit go.sum.",
	References:  []string{"https://go.dev/ref/mod#go-sum-files"},
}

// checkGoSum reports go.mod files that require modules but have no go.sum beside them, and, where
// there is one, requirements that have no line in it.
func checkGoSum(p *analysis.SetPass, lockfiles []*deps.Lockfile) {
	sums := map[string]*deps.Lockfile{}
	for _, lf := range lockfiles {
		if lf.Format == "go.sum" {
			sums[path.Dir(lf.Path)] = lf
		}
	}
	for _, lf := range lockfiles {
		if lf.Format != "go.mod" {
			continue
		}
		var reqs []*deps.Package
		for i := range lf.Packages {
			pk := &lf.Packages[i]
			if pk.Name != "stdlib" && pk.SourceKind != deps.SourceLocal {
				reqs = append(reqs, pk)
			}
		}
		if len(reqs) == 0 {
			continue
		}
		dir := path.Dir(lf.Path)
		sum := sums[dir]
		if sum == nil {
			// go.sum may be out of the review's scope; read it from the tree.
			sumPath := path.Join(dir, "go.sum")
			if data, err := p.Tree.ReadFile(sumPath); err == nil {
				sum, _ = deps.Extract(sumPath, data)
			}
		}
		if sum == nil {
			p.Report(ruleMissingGoSum.Finding(finding.Location{Path: lf.Path, StartLine: reqs[0].Line}, lf.Path,
				fmt.Sprintf("%s requires %d modules but there is no go.sum beside it", lf.Path, len(reqs))))
			continue
		}
		for _, pk := range reqs {
			if !sum.GoSum[pk.Name+" v"+pk.Version] {
				p.Report(ruleMissingIntegrity.Finding(finding.Location{Path: lf.Path, StartLine: pk.Line}, pkgSubject(pk),
					fmt.Sprintf("%s v%s has no hash in %s", pk.Name, pk.Version, path.Join(dir, "go.sum"))))
			}
		}
	}
}
