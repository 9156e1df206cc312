// Package cloudrules is the "cloud" analyzer: it reads Terraform configurations, Terraform plans
// and CloudFormation templates into one resource.Set, shares that set for the analyzers that build
// on it (access, runtime), and runs the configuration rules for AWS, GCP and Azure over it. Each
// rule lives in its own rule_*.go file.
package cloudrules

import (
	"context"
	"fmt"
	"path"
	"slices"
	"strings"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/cloudformation"
	"github.com/vigil-sec/vigil/internal/iac/resource"
	"github.com/vigil-sec/vigil/internal/iac/terraform"
	"github.com/vigil-sec/vigil/internal/rule"
	"github.com/vigil-sec/vigil/internal/workspace"
)

// Options configure the analyzer.
type Options struct {
	// VarFiles are Terraform variable definitions files (relative to the reviewed root) applied to
	// every root module, like `terraform plan -var-file=F`.
	VarFiles []string
	// Only limits the rules run to these ids (all when empty); for focused tests.
	Only []string
}

// Analyzer reads the cloud configurations of a review and runs the rules over them.
type Analyzer struct {
	opts   Options
	checks []*Check
}

// New returns the analyzer with every rule, or those named in o.Only.
func New(o Options) *Analyzer {
	a := &Analyzer{opts: o}
	for _, c := range All() {
		if len(o.Only) == 0 || slices.Contains(o.Only, c.Rule.ID) {
			a.checks = append(a.checks, c)
		}
	}
	return a
}

// Name implements analysis.Analyzer.
func (a *Analyzer) Name() string { return resource.AnalyzerName }

// Rules implements analysis.Analyzer.
func (a *Analyzer) Rules() []*rule.Rule {
	out := make([]*rule.Rule, 0, len(a.checks))
	for _, c := range a.checks {
		out = append(out, c.Rule)
	}
	return out
}

// Wants claims Terraform configurations, variable files and plans, and CloudFormation templates,
// except what `terraform init` downloaded into .terraform/.
func (a *Analyzer) Wants(f *workspace.File) bool {
	if strings.HasPrefix(f.Path, ".terraform/") || strings.Contains(f.Path, "/.terraform/") {
		return false
	}
	switch f.Kind {
	case workspace.KindTerraform, workspace.KindTerraformVars, workspace.KindTerraformPlan, workspace.KindCloudFormation:
		return true
	}
	return false
}

// templateResources are the resources of one CloudFormation template or Terraform plan.
type templateResources []*resource.Resource

// AnalyzeFile parses one file and shares its model for the set phase.
func (a *Analyzer) AnalyzeFile(ctx context.Context, p *analysis.FilePass) error {
	switch p.File.Kind {
	case workspace.KindTerraform, workspace.KindTerraformVars:
		f, err := terraform.Parse(p.File.Path, p.File.Content)
		if err != nil {
			return err
		}
		p.Share(f)
	case workspace.KindTerraformPlan:
		rs, err := terraform.ParsePlan(p.File.Path, p.File.Content)
		if err != nil {
			return err
		}
		p.Share(templateResources(rs))
	case workspace.KindCloudFormation:
		rs, err := cloudformation.Parse(p.File.Path, p.File.Content)
		if err != nil {
			return err
		}
		p.Share(templateResources(rs))
	}
	return nil
}

// After implements analysis.SetAnalyzer.
func (a *Analyzer) After() []string { return nil }

// AnalyzeSet evaluates the Terraform modules, builds the resource set, shares it and runs the rules.
func (a *Analyzer) AnalyzeSet(ctx context.Context, p *analysis.SetPass) error {
	files := analysis.SharedOf[*terraform.File](p, a.Name())
	res := terraform.Evaluate(files, terraform.Options{VarFiles: a.opts.VarFiles}, treeLoader(p.Tree))
	for _, pr := range res.Problems {
		p.Skip(pr.Path, pr.Line, "terraform: "+pr.Reason)
	}
	for _, n := range res.Notes {
		p.Note(n)
	}
	all := res.Resources
	for _, rs := range analysis.SharedOf[templateResources](p, a.Name()) {
		all = append(all, rs...)
	}
	set := resource.NewSet(all...)
	p.Share(set)
	c := newContext(set, files, p.InScope)
	for _, chk := range a.checks {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		chk.run(c)
	}
	for _, f := range c.findings {
		p.Report(f)
	}
	return nil
}

// treeLoader reads the Terraform files of a module directory from the tree, for modules outside
// the files the first phase parsed (a review limited to changed files).
func treeLoader(tree *workspace.Tree) terraform.Loader {
	if tree == nil {
		return nil
	}
	return func(dir string) []*terraform.File {
		var out []*terraform.File
		for _, e := range tree.Files {
			if path.Dir(e.Path) != dir || !strings.HasSuffix(e.Path, ".tf") && !strings.HasSuffix(e.Path, ".tf.json") {
				continue
			}
			src, err := tree.ReadFile(e.Path)
			if err != nil {
				continue
			}
			if f, err := terraform.Parse(e.Path, src); err == nil {
				out = append(out, f)
			}
		}
		return out
	}
}

// Check is one rule and the code that applies it to the resource set.
type Check struct {
	Rule *rule.Rule
	Run  func(c *Context)
}

func (chk *Check) run(c *Context) {
	c.rule = chk.Rule
	chk.Run(c)
}

// Context is what a check sees: the set, the Terraform files (for variable declarations) and the
// way to report.
type Context struct {
	Set     *resource.Set
	Files   []*terraform.File
	inScope func(string) bool
	rule    *rule.Rule

	findings []finding.Finding
	seen     map[string]bool
	cache    map[string][]exposure
}

func newContext(set *resource.Set, files []*terraform.File, inScope func(string) bool) *Context {
	if inScope == nil {
		inScope = func(string) bool { return true }
	}
	return &Context{Set: set, Files: files, inScope: inScope, seen: map[string]bool{}}
}

// Report records a finding of the current rule about r, at the value at (or at the resource when
// at is nil). A resource inside a module is reported inside the module and at the outermost module
// call, each pointing at the other.
func (c *Context) Report(r *resource.Resource, at *resource.Value, msg string) {
	c.ReportEvidence(r, at, msg, "")
}

// ReportEvidence is Report with evidence, which must already be redacted where it may be secret.
func (c *Context) ReportEvidence(r *resource.Resource, at *resource.Value, msg, evidence string) {
	loc := r.At(at)
	f := c.rule.Finding(loc, r.Address, msg)
	f.Evidence = evidence
	if len(r.Calls) > 0 {
		// Every instantiation of the module, and every call site, shares one root cause: this
		// resource's code in the module.
		f.RootCause = fmt.Sprintf("%s:%s.%s", loc.Path, r.Type, r.Name)
	}
	var call finding.Location
	if len(r.Calls) > 0 {
		call = r.Calls[0].Range.Location()
		call.EndLine = 0
		call.Label = fmt.Sprintf("module %q is called here", r.Calls[0].Name)
		f.Related = []finding.Location{call}
	}
	c.add(f)
	if len(r.Calls) > 0 {
		inside := loc
		inside.Label = "the problem is here, inside the module"
		g := c.rule.Finding(call, r.Address, fmt.Sprintf("%s (in module %s: %s)", msg, r.Module, loc.String()))
		g.Evidence = evidence
		g.RootCause = f.RootCause
		g.Related = []finding.Location{inside}
		c.add(g)
	}
}

// ReportAt records a finding of the current rule that is not about a resource (a variable
// declaration): at a location, with a subject.
func (c *Context) ReportAt(loc finding.Location, subject, msg, evidence string) {
	f := c.rule.Finding(loc, subject, msg)
	f.Evidence = evidence
	c.add(f)
}

func (c *Context) add(f finding.Finding) {
	if !c.inScope(f.Location.Path) {
		return
	}
	key := fmt.Sprintf("%s\x00%s\x00%d\x00%s", f.RuleID, f.Location.Path, f.Location.StartLine, f.Subject)
	if c.seen[key] {
		return
	}
	c.seen[key] = true
	c.findings = append(c.findings, f)
}
