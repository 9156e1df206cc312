package runtime

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/analysistest"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/cloudrules"
	"github.com/vigil-sec/vigil/internal/rule"
)

// cloudOnly is the cloud analyzer with none of its own rules: it builds and shares the resource set.
func cloudOnly() analysis.Analyzer {
	return cloudrules.New(cloudrules.Options{Only: []string{"runtime/none"}})
}

// analyzersForTest builds and shares the resource set and the Kubernetes model, then runs every
// runtime rule.
func analyzersForTest() []analysis.Analyzer {
	return runtimeWith(Options{})
}

// runtimeWith is the runtime analyzer fed as in a review (see analyzers.All), after the analyzers
// that build its models.
func runtimeWith(o Options) []analysis.Analyzer {
	o.Workloads, o.WorkloadSource = ManifestWorkloads, KubernetesSource
	return []analysis.Analyzer{cloudOnly(), kubernetesModel(), New(o)}
}

// TestRules runs each rule alone over its own testdata folder, testdata/rules/AREA_SLUG, and over
// the separate reviews beside it (AREA_SLUG.CASE): every `want:` must be reported and nothing else.
func TestRules(t *testing.T) {
	for _, c := range allChecks() {
		t.Run(c.rule.ID, func(t *testing.T) {
			dir := filepath.Join("testdata", "rules", strings.ReplaceAll(c.rule.ID, "/", "_"))
			if _, err := os.Stat(dir); err != nil {
				t.Fatalf("no testdata folder %s", dir)
			}
			cases, _ := filepath.Glob(dir + ".*")
			for _, d := range append([]string{dir}, cases...) {
				rep := analysistest.Run(t, d, runtimeWith(Options{Only: []string{c.rule.ID}})...)
				for _, f := range rep.Findings {
					if f.Remediation == "" || f.Message == "" || f.Subject == "" {
						t.Errorf("%s: finding without remediation, message or subject: %+v", f.Location, f)
					}
				}
			}
		})
	}
}

// TestCompleteSetupIsQuiet reviews a complete logging setup (one Terraform tree with AWS, Google
// Cloud and Azure, one CloudFormation template, one Kubernetes cluster with Flux add-ons and Falco and
// audited kubeadm, kind, k3s and static pod control planes) with every rule: not one runtime finding.
func TestCompleteSetupIsQuiet(t *testing.T) {
	for _, dir := range []string{"testdata/complete/terraform", "testdata/complete/cloudformation", "testdata/complete/kubernetes"} {
		t.Run(dir, func(t *testing.T) {
			rep := analysistest.Run(t, dir, analyzersForTest()...)
			if len(rep.Skipped) > 0 {
				t.Errorf("skipped: %+v", rep.Skipped)
			}
			for _, f := range rep.Findings {
				t.Errorf("unexpected %s at %s: %s", f.RuleID, f.Location, f.Message)
			}
		})
	}
}

func TestRuleMetadata(t *testing.T) {
	var rules []*rule.Rule
	for _, c := range allChecks() {
		rules = append(rules, c.rule)
		if c.rule.Area != finding.Runtime {
			t.Errorf("%s: area %s", c.rule.ID, c.rule.Area)
		}
		if len(c.rule.References) == 0 {
			t.Errorf("%s: no reference", c.rule.ID)
		}
	}
	if _, err := rule.NewRegistry(rules...); err != nil {
		t.Fatal(err)
	}
}
