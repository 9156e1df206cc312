// Package kubernetes is the "kubernetes" analyzer: it parses manifests in the first phase, renders
// Helm charts and Kustomize overlays in the second, and runs the Kubernetes configuration rules
// (Pod Security Standards, resources, probes, images, exposure, committed secrets) over every
// object. It shares the objects for other analyzers; see package manifest.
package kubernetes

import (
	"context"
	"fmt"
	"path"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/kubernetes/manifest"
	"github.com/vigil-sec/vigil/internal/images"
	"github.com/vigil-sec/vigil/internal/rule"
	"github.com/vigil-sec/vigil/internal/workspace"
)

// Renderer turns a chart or an overlay of the reviewed tree into objects. The helm and kustomize
// packages provide them; the analyzer runs them in its second phase.
type Renderer interface {
	// Rules lists the rules of the findings the renderer reports about its roots.
	Rules() []*rule.Rule
	// Roots lists the directories to render (chart directories, kustomization directories).
	Roots(tree *workspace.Tree) []string
	// Render renders one root. Covered lists manifest files that are only input to the rendering
	// (templates, patches): they are not reviewed on their own. Problems that do not stop the
	// rendering come back as skips.
	Render(ctx context.Context, tree *workspace.Tree, root string) (Rendered, error)
}

// Rendered is what a Renderer produced for one root.
type Rendered struct {
	Objects []*manifest.Object
	Covered []string
	Skips   []workspace.Skip
	// Findings are problems of the root itself (an unpinned remote base), of the renderer's rules.
	Findings []finding.Finding
}

// Analyzer is the Kubernetes analyzer.
type Analyzer struct {
	renderers []Renderer
	checks    []*check
}

// New returns the analyzer; renderers add Helm charts and Kustomize overlays to the review.
func New(renderers ...Renderer) *Analyzer {
	return &Analyzer{renderers: renderers, checks: checks()}
}

// Name implements analysis.Analyzer.
func (*Analyzer) Name() string { return "kubernetes" }

// Rules implements analysis.Analyzer.
func (a *Analyzer) Rules() []*rule.Rule {
	out := make([]*rule.Rule, 0, len(a.checks))
	for _, c := range a.checks {
		out = append(out, c.rule)
	}
	for _, r := range a.renderers {
		out = append(out, r.Rules()...)
	}
	return out
}

// Wants implements analysis.FileAnalyzer.
func (*Analyzer) Wants(f *workspace.File) bool { return f.Kind == workspace.KindKubernetes }

// AnalyzeFile parses one manifest file and shares its objects; the rules run in the second phase,
// once charts and overlays are known (a patch file must not be reviewed as a whole object).
func (*Analyzer) AnalyzeFile(ctx context.Context, p *analysis.FilePass) error {
	objs, err := manifest.Parse(p.File.Path, p.File.Content)
	if len(objs) > 0 {
		p.Share(&manifest.File{Path: p.File.Path, Objects: objs})
	}
	if err != nil {
		if len(objs) == 0 {
			return analysis.Errorf(manifest.ErrorLine(err), "%s", manifest.ErrorText(err))
		}
		for _, pe := range manifest.Errors(err) {
			p.Skip(pe.Line, "kubernetes: "+pe.Msg)
		}
	}
	return nil
}

// After implements analysis.SetAnalyzer.
func (*Analyzer) After() []string { return nil }

// AnalyzeSet renders charts and overlays, builds the set, shares it and runs the rules.
func (a *Analyzer) AnalyzeSet(ctx context.Context, p *analysis.SetPass) error {
	covered := map[string]bool{}
	var rendered []*manifest.Object
	for _, r := range a.renderers {
		for _, root := range r.Roots(p.Tree) {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			out, err := r.Render(ctx, p.Tree, root)
			for _, c := range out.Covered {
				covered[c] = true
			}
			for _, s := range out.Skips {
				p.Skip(s.Path, s.Line, s.Reason)
			}
			for _, f := range out.Findings {
				p.Report(f)
			}
			if err != nil {
				p.Skip(root, analysis.ErrorLine(err), err.Error())
				continue
			}
			rendered = append(rendered, out.Objects...)
		}
	}
	var objs []*manifest.Object
	for _, f := range analysis.SharedOf[*manifest.File](p, a.Name()) {
		if covered[f.Path] || underCovered(covered, f.Path) {
			continue
		}
		objs = append(objs, f.Objects...)
	}
	objs = append(objs, rendered...)
	set := manifest.NewSet(objs)
	p.Share(set)
	p.Share(imageUses(set))

	ix := newIndex(set)
	for _, hits := range runChecks(a.checks, ix) {
		// An overlay repeats the problems of its base, which is reviewed as a plain manifest: only
		// what the overlay changes is reported for it.
		plain := map[string]bool{}
		for _, h := range hits {
			if h.object.Source == manifest.FromManifest {
				plain[fmt.Sprintf("%s\x00%d", h.object.File, h.line)] = true
			}
		}
		for _, h := range hits {
			if h.object.Source == manifest.FromKustomize && plain[fmt.Sprintf("%s\x00%d", h.object.File, h.line)] {
				continue
			}
			f := h.rule.Finding(finding.Location{Path: h.object.File, StartLine: h.line}, h.subject, h.message)
			if h.object.Source != manifest.FromManifest {
				f.Properties = map[string]string{"renderedFrom": string(h.object.Source) + ":" + h.object.Origin}
				f.Message += renderedNote(h.object)
				f.Subject = string(h.object.Source) + ":" + h.object.Origin + " " + f.Subject
			}
			p.Report(f)
		}
	}
	return nil
}

// runChecks runs the checks over the set on all cores; the hits come back in check order.
func runChecks(checks []*check, ix *index) [][]hit {
	out := make([][]hit, len(checks))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(checks)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(checks) {
					return
				}
				out[i] = checks[i].run(ix)
			}
		}()
	}
	wg.Wait()
	return out
}

// underCovered reports whether a path lies under a covered directory (entries ending in "/").
func underCovered(covered map[string]bool, p string) bool {
	if covered["./"] {
		return true // the review root is itself a chart
	}
	for d := path.Dir(p); d != "." && d != "/"; d = path.Dir(d) {
		if covered[d+"/"] {
			return true
		}
	}
	return false
}

// imageUses lists every container image of the set for the images analyzer.
func imageUses(s *manifest.Set) images.Uses {
	var out images.Uses
	for _, p := range s.Pods() {
		for _, c := range p.Containers() {
			img := c.Node.Get("image")
			if img.Str() == "" {
				continue
			}
			subject := c.Subject()
			if p.Object.Source != manifest.FromManifest {
				subject = string(p.Object.Source) + ":" + p.Object.Origin + " " + subject
			}
			out = append(out, images.Use{Ref: strings.TrimSpace(img.Str()), Path: p.Object.File, Line: img.Line(), Subject: subject})
		}
	}
	return out
}

// renderedNote says where a rendered object came from, for finding messages.
func renderedNote(o *manifest.Object) string {
	switch o.Source {
	case manifest.FromHelm:
		return " (rendered from Helm chart " + o.Origin + ")"
	case manifest.FromKustomize:
		return " (as built by the kustomization in " + o.Origin + ")"
	}
	return ""
}
