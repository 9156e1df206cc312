// Package analyzers lists every analyzer of a review, in one place. There is no registration through
// init(): an analyzer takes part when it is listed here.
package analyzers

import (
	"net/http"
	"time"

	"github.com/vigil-sec/vigil/internal/access/evidence"
	"github.com/vigil-sec/vigil/internal/access/iamrules"
	"github.com/vigil-sec/vigil/internal/access/rbac"
	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/depcheck"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/cloudrules"
	"github.com/vigil-sec/vigil/internal/iac/compose"
	"github.com/vigil-sec/vigil/internal/iac/dockerfile"
	"github.com/vigil-sec/vigil/internal/iac/helm"
	"github.com/vigil-sec/vigil/internal/iac/kubernetes"
	"github.com/vigil-sec/vigil/internal/iac/kustomize"
	"github.com/vigil-sec/vigil/internal/images"
	"github.com/vigil-sec/vigil/internal/pipeline"
	"github.com/vigil-sec/vigil/internal/runtime"
	"github.com/vigil-sec/vigil/internal/secrets"
	"github.com/vigil-sec/vigil/internal/secrets/verify"
)

// Options configure the analyzers of one review.
type Options struct {
	// Now is the review date, for age-based rules (key rotation, patch SLAs); injectable for tests.
	Now time.Time
	// TerraformVarFiles are Terraform variable definitions files (relative to the reviewed root)
	// applied to every root module, like `terraform plan -var-file=F`.
	TerraformVarFiles []string

	// SecretsHistory also scans every blob reachable from the repository's refs (--history);
	// SecretsSince limits that to commits not reachable from a revision (--since REV).
	SecretsHistory bool
	SecretsSince   string
	// SecretsVerify checks found credentials with their providers' identity endpoints (--verify, off
	// by default). SecretsEndpoints overrides the providers' URLs (tests); SecretsHTTPClient the client.
	SecretsVerify     bool
	SecretsEndpoints  verify.Endpoints
	SecretsHTTPClient *http.Client

	// Evidence holds the thresholds of the live-account evidence rules (key rotation, unused
	// users, roles and keys); its Now defaults to Now above.
	Evidence evidence.Options

	// VulnDBPath is the offline vulnerability database (`--db`); empty means the default under the
	// user cache directory.
	VulnDBPath string
	// PatchSLA is the number of days a dependency fix may wait, per severity; nil means the default
	// (critical 7, high 30, medium 90, low 180).
	PatchSLA map[finding.Severity]int

	// HelmValues are values files merged over every Helm chart's defaults (`--values FILE`).
	HelmValues []string
	// ImageData is the image end-of-life data; nil means the data shipped with the binary.
	ImageData *images.Data
}

// All returns every analyzer, configured.
func All(o Options) ([]analysis.Analyzer, error) {
	so := secrets.Options{History: o.SecretsHistory, Since: o.SecretsSince}
	if o.SecretsVerify {
		so.Verifier = verify.New(o.SecretsHTTPClient, o.SecretsEndpoints)
	}
	sa, err := secrets.New(so)
	if err != nil {
		return nil, err
	}
	ev := o.Evidence
	if ev.Now.IsZero() {
		ev.Now = o.Now
	}
	return []analysis.Analyzer{
		sa,
		cloudrules.New(cloudrules.Options{VarFiles: o.TerraformVarFiles}),
		runtime.New(runtime.Options{Workloads: runtime.ManifestWorkloads, WorkloadSource: runtime.KubernetesSource}),
		pipeline.New(pipeline.Options{VulnDBPath: o.VulnDBPath}),
		evidence.New(ev),
		iamrules.NewPolicyFiles(),
		rbac.New(),
		kubernetes.New(helm.New(helm.Options{ValuesFiles: o.HelmValues}), kustomize.New()),
		dockerfile.New(),
		compose.New(),
		images.NewAnalyzer(o.ImageData, o.Now, "kubernetes", "dockerfile", "compose", pipeline.Name),
		depcheck.New(depcheck.Options{VulnDBPath: o.VulnDBPath, PatchSLA: o.PatchSLA, Now: o.Now}),
	}, nil
}

// ForEvidence picks the analyzers that read exported account evidence (--evidence DIR).
func ForEvidence(all []analysis.Analyzer) []analysis.Analyzer {
	var out []analysis.Analyzer
	for _, a := range all {
		if _, ok := a.(*evidence.Analyzer); ok {
			out = append(out, a)
		}
	}
	return out
}
