package rbac

import (
	"bytes"
	"context"
	"regexp"
	"strconv"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/rule"
	"github.com/vigil-sec/vigil/internal/workspace"
)

// Analyzer reads RBAC objects from Kubernetes manifests. In the first phase it judges each role by
// its rules and shares the file's *Objects; in the second it resolves bindings to roles across all
// files and judges the bindings.
type Analyzer struct{}

// New returns the analyzer.
func New() *Analyzer { return &Analyzer{} }

// Name implements analysis.Analyzer.
func (*Analyzer) Name() string { return "kubernetes-rbac" }

// Rules implements analysis.Analyzer.
func (*Analyzer) Rules() []*rule.Rule { return Rules() }

// After implements analysis.SetAnalyzer: it reads only its own shared values.
func (*Analyzer) After() []string { return nil }

var rbacAPI = []byte("rbac.authorization.k8s.io")

// Wants claims manifests that mention the RBAC API group.
func (*Analyzer) Wants(f *workspace.File) bool {
	switch f.Kind {
	case workspace.KindKubernetes, workspace.KindYAML, workspace.KindJSON:
		return bytes.Contains(f.Content, rbacAPI)
	}
	return false
}

var yamlLine = regexp.MustCompile(`line (\d+)`)

// AnalyzeFile parses the file's RBAC objects and runs the role rules.
func (a *Analyzer) AnalyzeFile(ctx context.Context, p *analysis.FilePass) error {
	objs, err := Parse(p.File.Path, p.File.Content)
	for _, r := range objs.Roles {
		for _, f := range CheckRole(r) {
			p.Report(f)
		}
	}
	if len(objs.Roles) > 0 || len(objs.Bindings) > 0 {
		p.Share(objs)
	}
	if err != nil {
		line := 0
		if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
			line, _ = strconv.Atoi(m[1])
		}
		return analysis.Errorf(line, "%v", err)
	}
	return nil
}

// AnalyzeSet resolves bindings against the roles of every file and runs the binding rules.
func (a *Analyzer) AnalyzeSet(ctx context.Context, p *analysis.SetPass) error {
	all := &Objects{}
	for _, o := range analysis.SharedOf[*Objects](p, a.Name()) {
		all.Roles = append(all.Roles, o.Roles...)
		all.Bindings = append(all.Bindings, o.Bindings...)
	}
	for _, f := range CheckBindings(all) {
		if p.InScope(f.Location.Path) {
			p.Report(f)
		}
	}
	return nil
}
