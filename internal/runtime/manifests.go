package runtime

import (
	"strings"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/kubernetes/manifest"
)

// KubernetesSource is the analyzer that shares the Kubernetes model (*manifest.Set): pass it as
// Options.WorkloadSource with ManifestWorkloads as Options.Workloads.
const KubernetesSource = "kubernetes"

// ManifestWorkloads reads the workloads of a review from the Kubernetes model shared by the
// "kubernetes" analyzer: plain manifests and the objects rendered from Helm charts and Kustomize
// overlays. ok is false when that analyzer did not run, so that the rules that need the model
// stay quiet rather than guess.
func ManifestWorkloads(p *analysis.SetPass) (ws []Workload, ok bool) {
	sets := analysis.SharedOf[*manifest.Set](p, KubernetesSource)
	if len(sets) == 0 {
		return nil, false
	}
	for _, s := range sets {
		for _, o := range s.Objects {
			ws = append(ws, workloadsOf(o)...)
		}
	}
	return ws, true
}

// workloadsOf gives the runtime view of one object: a workload with its containers, the chart
// installs of a GitOps object (one per chart source), a control plane configuration, or nothing.
func workloadsOf(o *manifest.Object) []Workload {
	w := Workload{Kind: o.Kind, APIVersion: o.APIVersion, Namespace: o.Namespace, Name: o.Name,
		Location: finding.Location{Path: o.File, StartLine: o.Line}}
	if l := o.Root.Key("kind").Line(); l > 0 {
		w.Location.StartLine = l
	}
	if o.Source != manifest.FromManifest {
		w.Origin = string(o.Source) + ":" + o.Origin
	}
	if pod, ok := o.Pod(); ok {
		for _, c := range pod.Containers() {
			cmd := append(c.Node.Get("command").Strings(), c.Node.Get("args").Strings()...)
			w.Containers = append(w.Containers, Container{Name: c.Name, Image: c.Image(), Command: cmd})
		}
		return []Workload{w}
	}
	group := o.Group()
	switch {
	case o.Kind == "HelmRelease" && strings.HasPrefix(group, "helm.toolkit.fluxcd.io"):
		chart := o.Spec().Path("chart", "spec", "chart").Str()
		if chart == "" {
			chart = o.Spec().Path("chartRef", "name").Str()
		}
		return withCharts(w, chart)
	case o.Kind == "HelmChart" && group == "helm.cattle.io":
		return withCharts(w, o.Spec().Get("chart").Str())
	case o.Kind == "Application" && group == "argoproj.io":
		return withCharts(w, argoCharts(o.Spec())...)
	case o.Kind == "ApplicationSet" && group == "argoproj.io":
		return withCharts(w, argoCharts(o.Spec().Path("template", "spec"))...)
	case o.Kind == "Policy" && group == "audit.k8s.io":
		w.AuditRules = auditRulesOf(o)
		return []Workload{w}
	case o.Kind == "ClusterConfiguration" && group == "kubeadm.k8s.io":
		if w.Name == "" {
			w.Name = o.Root.Get("clusterName").Str()
		}
		w.Containers = []Container{apiServerOf(kubeadmAPIServerArgs(o.Root))}
		return []Workload{w}
	case o.Kind == "Cluster" && group == "kind.x-k8s.io":
		if w.Name == "" {
			w.Name = o.Root.Get("name").Str()
		}
		w.Containers = []Container{apiServerOf(kindAPIServerArgs(o.Root))}
		return []Workload{w}
	}
	return nil
}

// withCharts returns one chart install per chart named, or nothing when none is.
func withCharts(w Workload, charts ...string) []Workload {
	var out []Workload
	for _, c := range charts {
		if c = strings.TrimSpace(c); c != "" {
			w.Chart = c
			out = append(out, w)
		}
	}
	return out
}

// argoCharts lists the charts of an Argo CD application spec: a Helm repository source names its
// chart; a Git source names a directory, whose last element is the chart's name by convention.
func argoCharts(spec manifest.Value) []string {
	sources := spec.Get("sources").Items()
	if src := spec.Get("source"); src.IsMap() {
		sources = append([]manifest.Value{src}, sources...)
	}
	var out []string
	for _, s := range sources {
		if c := s.Get("chart").Str(); c != "" {
			out = append(out, c)
		} else if p := s.Get("path").Str(); p != "" && p != "." {
			out = append(out, strings.TrimRight(p, "/"))
		}
	}
	return out
}
