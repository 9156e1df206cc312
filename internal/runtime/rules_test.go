package runtime

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/analysistest"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/cloudrules"
	"github.com/vigil-sec/vigil/internal/rule"
	"github.com/vigil-sec/vigil/internal/workspace"
)

// cloudOnly is the cloud analyzer with none of its own rules: it builds and shares the resource set.
func cloudOnly() analysis.Analyzer {
	return cloudrules.New(cloudrules.Options{Only: []string{"runtime/none"}})
}

// analyzersForTest builds and shares the set, then runs every runtime rule.
func analyzersForTest() []analysis.Analyzer {
	return []analysis.Analyzer{cloudOnly(), New(Options{Workloads: manifestWorkloads})}
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
				rep := analysistest.Run(t, d, cloudOnly(), New(Options{Only: []string{c.rule.ID}, Workloads: manifestWorkloads}))
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
// Cloud and Azure, one CloudFormation template) with every rule: not one runtime finding.
func TestCompleteSetupIsQuiet(t *testing.T) {
	for _, dir := range []string{"testdata/complete/terraform", "testdata/complete/cloudformation"} {
		t.Run(dir, func(t *testing.T) {
			rep := analysistest.Run(t, dir, cloudOnly(), New(Options{Workloads: manifestWorkloads}))
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

// manifestWorkloads stands in for the Kubernetes manifest model in tests: it reads the workloads
// of the review's Kubernetes manifests with yaml.v3.
func manifestWorkloads(p *analysis.SetPass) ([]Workload, bool) {
	if p.Tree == nil {
		return nil, false
	}
	var out []Workload
	for _, e := range p.Tree.Files {
		src, err := p.Tree.ReadFile(e.Path)
		if err != nil || workspace.DetectKind(e.Path, src) != workspace.KindKubernetes {
			continue
		}
		dec := yaml.NewDecoder(bytes.NewReader(src))
		for {
			var doc yaml.Node
			if dec.Decode(&doc) != nil {
				break
			}
			if w, ok := workloadOf(&doc); ok {
				w.Location.Path = e.Path
				out = append(out, w)
			}
		}
	}
	return out, true
}

func workloadOf(doc *yaml.Node) (Workload, bool) {
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return Workload{}, false
	}
	root := doc.Content[0]
	kind := child(root, "kind")
	if kind == nil {
		return Workload{}, false
	}
	meta := child(root, "metadata")
	w := Workload{Kind: kind.Value, Name: scalar(meta, "name"), Namespace: scalar(meta, "namespace"),
		Location: finding.Location{StartLine: kind.Line}}
	spec := child(root, "spec")
	if tmpl := child(spec, "template"); tmpl != nil {
		spec = child(tmpl, "spec")
	}
	if cs := child(spec, "containers"); cs != nil {
		for _, c := range cs.Content {
			ct := Container{Image: scalar(c, "image"), Name: scalar(c, "name")}
			for _, key := range []string{"command", "args"} {
				if l := child(c, key); l != nil {
					for _, a := range l.Content {
						ct.Command = append(ct.Command, a.Value)
					}
				}
			}
			w.Containers = append(w.Containers, ct)
		}
	}
	return w, true
}

// child returns a mapping's value for a key, or nil.
func child(n *yaml.Node, key string) *yaml.Node {
	if n != nil && n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == key {
				return n.Content[i+1]
			}
		}
	}
	return nil
}

// scalar returns a mapping's scalar value for a key, or "".
func scalar(n *yaml.Node, key string) string {
	if c := child(n, key); c != nil {
		return c.Value
	}
	return ""
}
