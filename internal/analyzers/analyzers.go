// Package analyzers lists every analyzer of a review, in one place. There is no registration through
// init(): an analyzer takes part when it is listed here.
package analyzers

import (
	"time"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/iac/compose"
	"github.com/vigil-sec/vigil/internal/iac/dockerfile"
	"github.com/vigil-sec/vigil/internal/iac/helm"
	"github.com/vigil-sec/vigil/internal/iac/kubernetes"
	"github.com/vigil-sec/vigil/internal/iac/kustomize"
	"github.com/vigil-sec/vigil/internal/images"
)

// Options configure the analyzers of one review.
type Options struct {
	// Now is the review date, for age-based rules (key rotation, patch SLAs); injectable for tests.
	Now time.Time
	// HelmValues are values files merged over every Helm chart's defaults (`--values FILE`).
	HelmValues []string
}

// All returns every analyzer, configured.
func All(o Options) ([]analysis.Analyzer, error) {
	return []analysis.Analyzer{
		kubernetes.New(helm.New(helm.Options{ValuesFiles: o.HelmValues}), kustomize.New()),
		dockerfile.New(),
		compose.New(),
		images.NewAnalyzer(nil, o.Now, "kubernetes", "dockerfile", "compose"),
	}, nil
}
