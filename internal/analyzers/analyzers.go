// Package analyzers lists every analyzer of a review, in one place. There is no registration through
// init(): an analyzer takes part when it is listed here.
package analyzers

import (
	"time"

	"github.com/vigil-sec/vigil/internal/access/evidence"
	"github.com/vigil-sec/vigil/internal/access/iamrules"
	"github.com/vigil-sec/vigil/internal/access/rbac"
	"github.com/vigil-sec/vigil/internal/analysis"
)

// Options configure the analyzers of one review.
type Options struct {
	// Now is the review date, for age-based rules (key rotation, patch SLAs); injectable for tests.
	Now time.Time
	// Evidence holds the thresholds of the live-account evidence rules (key rotation, unused
	// users, roles and keys); its Now defaults to Now above.
	Evidence evidence.Options
}

// All returns every analyzer, configured.
func All(o Options) ([]analysis.Analyzer, error) {
	ev := o.Evidence
	if ev.Now.IsZero() {
		ev.Now = o.Now
	}
	return []analysis.Analyzer{
		evidence.New(ev),
		iamrules.NewPolicyFiles(),
		rbac.New(),
	}, nil
}
