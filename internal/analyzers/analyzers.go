// Package analyzers lists every analyzer of a review, in one place. There is no registration through
// init(): an analyzer takes part when it is listed here.
package analyzers

import (
	"time"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/depcheck"
	"github.com/vigil-sec/vigil/internal/finding"
)

// Options configure the analyzers of one review.
type Options struct {
	// Now is the review date, for age-based rules (key rotation, patch SLAs); injectable for tests.
	Now time.Time
	// VulnDBPath is the offline vulnerability database (`--db`); empty means the default under the
	// user cache directory.
	VulnDBPath string
	// PatchSLA is the number of days a dependency fix may wait, per severity; nil means the default
	// (critical 7, high 30, medium 90, low 180).
	PatchSLA map[finding.Severity]int
}

// All returns every analyzer, configured.
func All(o Options) ([]analysis.Analyzer, error) {
	return []analysis.Analyzer{
		depcheck.New(depcheck.Options{VulnDBPath: o.VulnDBPath, PatchSLA: o.PatchSLA, Now: o.Now}),
	}, nil
}
