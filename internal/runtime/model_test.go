package runtime

import (
	"context"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/helm"
	"github.com/vigil-sec/vigil/internal/iac/kubernetes"
	"github.com/vigil-sec/vigil/internal/iac/kustomize"
)

// kubernetesModel is the Kubernetes analyzer as in a review (Helm and Kustomize rendering
// included) with its own findings dropped: it parses manifests and shares the model that
// ManifestWorkloads reads, and the runtime testdata expects runtime findings only.
func kubernetesModel() analysis.Analyzer {
	return modelOnly{kubernetes.New(helm.New(helm.Options{}), kustomize.New())}
}

type modelOnly struct{ *kubernetes.Analyzer }

func (m modelOnly) AnalyzeFile(ctx context.Context, p *analysis.FilePass) error {
	q := *p
	q.Sink = quietSink{p.Sink}
	return m.Analyzer.AnalyzeFile(ctx, &q)
}

func (m modelOnly) AnalyzeSet(ctx context.Context, p *analysis.SetPass) error {
	return m.Analyzer.AnalyzeSet(ctx, analysis.NewSetPass(p.Analyzer, quietSink{p.Sink}, p.Tree, p.InScope, p.Shared))
}

// quietSink passes on everything but findings.
type quietSink struct{ analysis.Sink }

func (quietSink) Report(analysis.Analyzer, finding.Finding) {}
