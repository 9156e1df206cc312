// Package helm renders the Helm charts of a reviewed tree with the Helm SDK, offline: the chart's
// own templates and default values (plus optional values files), no network (no lookup, no DNS,
// no dependency download), no plugins, no hooks run. Rendered objects come back as Kubernetes
// objects whose lines point into the templates wherever the rendered line can be traced there.
package helm

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path"
	"slices"
	"strings"
	"time"

	"helm.sh/helm/v3/pkg/chart"
	"helm.sh/helm/v3/pkg/chart/loader"
	"helm.sh/helm/v3/pkg/chartutil"
	"helm.sh/helm/v3/pkg/engine"

	"github.com/vigil-sec/vigil/internal/iac/kubernetes"
	"github.com/vigil-sec/vigil/internal/iac/kubernetes/manifest"
	"github.com/vigil-sec/vigil/internal/rule"
	"github.com/vigil-sec/vigil/internal/workspace"
)

// Options configure rendering.
type Options struct {
	// ValuesFiles are values files (paths outside or inside the tree, read as given) merged over
	// every chart's default values, in order, like `helm template -f`.
	ValuesFiles []string
	// Timeout bounds one chart's rendering; zero means 30 seconds.
	Timeout time.Duration
	// MaxChartBytes refuses charts whose files add up to more; zero means 32 MiB.
	MaxChartBytes int64
	// MaxOutputBytes refuses a rendering larger than this; zero means 64 MiB.
	MaxOutputBytes int
}

// Renderer renders charts for the kubernetes analyzer.
type Renderer struct{ opts Options }

// New returns a renderer.
func New(opts Options) *Renderer {
	if opts.Timeout == 0 {
		opts.Timeout = 30 * time.Second
	}
	if opts.MaxChartBytes == 0 {
		opts.MaxChartBytes = 32 << 20
	}
	if opts.MaxOutputBytes == 0 {
		opts.MaxOutputBytes = 64 << 20
	}
	return &Renderer{opts: opts}
}

var _ kubernetes.Renderer = (*Renderer)(nil)

// Rules implements kubernetes.Renderer: rendering problems are skips, not findings.
func (*Renderer) Rules() []*rule.Rule { return nil }

// Roots lists chart directories: those holding a Chart.yaml that are not a subchart of another
// chart (subcharts under charts/ render with their parent).
func (r *Renderer) Roots(tree *workspace.Tree) []string {
	var dirs []string
	for _, e := range tree.Files {
		if b := path.Base(e.Path); b == "Chart.yaml" || b == "Chart.yml" {
			dirs = append(dirs, path.Dir(e.Path))
		}
	}
	var out []string
	for _, d := range dirs {
		if !strings.Contains("/"+d+"/", "/charts/") || !hasParentChart(d, dirs) {
			out = append(out, d)
		}
	}
	slices.Sort(out)
	return out
}

func hasParentChart(d string, dirs []string) bool {
	for _, p := range dirs {
		if p != d && strings.HasPrefix(d, strings.TrimPrefix(p+"/charts/", "./")) {
			return true
		}
		if p == "." && strings.HasPrefix(d, "charts/") {
			return true
		}
	}
	return false
}

// chartFile reports whether a file of the chart directory is part of the chart for loading.
func chartFile(rel string) bool {
	switch rel {
	case "Chart.yaml", "Chart.yml", "values.yaml", "values.yml", "values.schema.json", "Chart.lock", "requirements.yaml", "requirements.lock":
		return true
	}
	return strings.HasPrefix(rel, "templates/") || strings.HasPrefix(rel, "charts/") || strings.HasPrefix(rel, "crds/")
}

// Render renders the chart at root.
func (r *Renderer) Render(ctx context.Context, tree *workspace.Tree, root string) (kubernetes.Rendered, error) {
	out := kubernetes.Rendered{Covered: []string{dirKey(root)}}
	chartPath := path.Join(root, "Chart.yaml")
	ch, err := r.load(tree, root)
	if err != nil {
		return out, fmt.Errorf("helm: chart cannot be loaded: %w", err)
	}
	vals := map[string]any{}
	for _, vf := range r.opts.ValuesFiles {
		b, err := os.ReadFile(vf)
		if err != nil {
			return out, fmt.Errorf("helm: values file: %w", err)
		}
		v, err := chartutil.ReadValues(b)
		if err != nil {
			return out, fmt.Errorf("helm: values file %s: %w", vf, err)
		}
		vals = chartutil.CoalesceTables(v, vals)
	}
	files, lint, err := r.render(ctx, ch, vals)
	if err != nil {
		return out, fmt.Errorf("helm: templates do not render: %s", cleanRenderError(err))
	}
	if lint {
		out.Skips = append(out.Skips, workspace.Skip{Path: chartPath, Reason: "helm: rendered with required values left empty (the chart's defaults do not set them)"})
	}
	templates := map[string][]byte{}
	collectTemplates(ch, ch.Name(), templates)
	keys := make([]string, 0, len(files))
	for k := range files {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, key := range keys {
		text := files[key]
		base := path.Base(key)
		if strings.TrimSpace(text) == "" || strings.HasPrefix(base, "_") || strings.HasSuffix(base, ".txt") {
			continue
		}
		file := repoPath(tree, root, key, chartPath)
		objs, perr := manifest.Parse(file, []byte(text))
		if perr != nil {
			out.Skips = append(out.Skips, workspace.Skip{Path: file, Reason: "helm: rendered output is not valid YAML: " + manifest.ErrorText(perr)})
		}
		lines := alignLines(strings.Split(string(templates[key]), "\n"), strings.Split(text, "\n"))
		for _, o := range objs {
			o.Source, o.Origin = manifest.FromHelm, root
			remap(o, lines)
			out.Objects = append(out.Objects, o)
		}
	}
	return out, nil
}

func dirKey(root string) string {
	if root == "." {
		return "./"
	}
	return root + "/"
}

// repoPath maps a rendered template name ("mychart/templates/deploy.yaml",
// "mychart/charts/sub/templates/x.yaml") to the file in the tree, or the chart's Chart.yaml when
// the template is not a file of the tree (a packaged subchart).
func repoPath(tree *workspace.Tree, root, key, fallback string) string {
	_, rest, _ := strings.Cut(key, "/")
	p := path.Join(root, rest)
	for _, e := range tree.Files {
		if e.Path == p {
			return p
		}
	}
	return fallback
}

// collectTemplates indexes every template of the chart and its subcharts by rendered name.
func collectTemplates(ch *chart.Chart, prefix string, into map[string][]byte) {
	for _, t := range ch.Templates {
		into[path.Join(prefix, t.Name)] = t.Data
	}
	for _, dep := range ch.Dependencies() {
		collectTemplates(dep, path.Join(prefix, "charts", dep.Name()), into)
	}
}

func (r *Renderer) load(tree *workspace.Tree, root string) (*chart.Chart, error) {
	prefix := dirKey(root)
	if root == "." {
		prefix = ""
	}
	var files []*loader.BufferedFile
	var total int64
	for _, e := range tree.Files {
		rel, ok := strings.CutPrefix(e.Path, prefix)
		if !ok || !chartFile(rel) {
			continue
		}
		total += e.Size
		if total > r.opts.MaxChartBytes {
			return nil, fmt.Errorf("chart files add up to more than %d bytes", r.opts.MaxChartBytes)
		}
		b, err := tree.ReadFile(e.Path)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", e.Path, err)
		}
		files = append(files, &loader.BufferedFile{Name: rel, Data: b})
	}
	return loader.LoadFiles(files)
}

// render runs the Helm engine with a time limit. When the chart's defaults leave a `required`
// value empty, it renders again in lint mode (lint is true) so the rest of the chart is reviewed.
func (r *Renderer) render(ctx context.Context, ch *chart.Chart, vals map[string]any) (map[string]string, bool, error) {
	top, err := chartutil.ToRenderValues(ch, vals, chartutil.ReleaseOptions{Name: "release-name", Revision: 1, IsInstall: true}, chartutil.DefaultCapabilities)
	if err != nil {
		return nil, false, err
	}
	files, err := r.renderWithin(ctx, engine.Engine{}, ch, top)
	if err != nil && strings.Contains(err.Error(), "required") {
		files, err = r.renderWithin(ctx, engine.Engine{LintMode: true}, ch, top)
		if err == nil {
			return files, true, nil
		}
	}
	return files, false, err
}

type renderResult struct {
	files map[string]string
	err   error
}

func (r *Renderer) renderWithin(ctx context.Context, e engine.Engine, ch *chart.Chart, top chartutil.Values) (map[string]string, error) {
	ctx, cancel := context.WithTimeout(ctx, r.opts.Timeout)
	defer cancel()
	done := make(chan renderResult, 1)
	go func() {
		defer func() {
			if p := recover(); p != nil {
				done <- renderResult{err: fmt.Errorf("panic in the template engine: %v", p)}
			}
		}()
		files, err := e.Render(ch, top)
		done <- renderResult{files, err}
	}()
	select {
	case res := <-done:
		if res.err != nil {
			return nil, res.err
		}
		size := 0
		for _, v := range res.files {
			size += len(v)
		}
		if size > r.opts.MaxOutputBytes {
			return nil, fmt.Errorf("rendered output of %d bytes is larger than the %d byte limit", size, r.opts.MaxOutputBytes)
		}
		return res.files, nil
	case <-ctx.Done():
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return nil, fmt.Errorf("rendering took longer than %s (abandoned)", r.opts.Timeout)
		}
		return nil, ctx.Err()
	}
}

// cleanRenderError keeps Helm's message, which names the template and line, on one line.
func cleanRenderError(err error) string {
	return strings.Join(strings.Fields(err.Error()), " ")
}
