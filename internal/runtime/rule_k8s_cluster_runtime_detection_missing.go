package runtime

import (
	"cmp"
	"fmt"
	"maps"
	"path"
	"slices"
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleK8sClusterRuntimeDetectionMissing = newRule("k8s-cluster-runtime-detection-missing", finding.Medium,
	"Kubernetes cluster configuration deploys no runtime threat detection",
	"The repository configures a Kubernetes cluster itself (it installs cluster add-ons through Flux "+
		"HelmReleases, Argo CD Applications, k3s HelmCharts, helmfile releases, Terraform helm_release resources or "+
		"chart dependencies, runs kube-system workloads, or defines the control plane with kubeadm, static pods or "+
		"k3s) but deploys no runtime sensor: "+
		"no Falco, Tetragon, Tracee, Sysdig or similar DaemonSet, nor its chart. A shell spawned in a container, a "+
		"crypto miner or a container escape then leaves no alert. A repository that only deploys applications "+
		"(Deployments in their own namespaces, or a product's own DaemonSet) is left alone: its cluster is "+
		"configured elsewhere. Clusters "+
		"defined in Terraform or CloudFormation are the subject of runtime/k8s-runtime-detection-missing instead.",
	"Install a runtime sensor as a DaemonSet on every node, the same way the repository installs its other "+
		"add-ons: a Flux HelmRelease or an Argo CD Application of the Falco chart, or "+
		"`helm install falco falcosecurity/falco --namespace falco --create-namespace`.",
	"https://falco.org/docs/getting-started/",
	"https://tetragon.io/docs/installation/",
	"https://kubernetes.io/docs/concepts/security/security-checklist/")

// clusterAddonCharts are charts that only a cluster's own configuration installs.
var clusterAddonCharts = []string{
	"argo-cd", "aws-ebs-csi-driver", "aws-efs-csi-driver", "aws-load-balancer-controller", "calico", "cert-manager",
	"cilium", "cluster-autoscaler", "datadog", "external-dns", "external-secrets", "flux2", "fluent-bit",
	"gatekeeper", "grafana", "ingress-nginx", "istio-base", "istiod", "karpenter", "kube-prometheus-stack",
	"kube-state-metrics", "kyverno", "linkerd-control-plane", "loki", "loki-stack", "metrics-server",
	"nginx-ingress", "node-exporter", "opentelemetry-operator", "prometheus", "prometheus-node-exporter",
	"promtail", "sealed-secrets", "secrets-store-csi-driver", "tigera-operator", "traefik", "velero",
	"vertical-pod-autoscaler",
}

// clusterAnchors are the workloads that show a repository configures a cluster, in a stable order.
// A DaemonSet outside kube-system is weak evidence (a product may ship its own node agent): it is
// listed, but strong is set only by an add-on chart install, a kube-system workload or a control
// plane configuration.
func clusterAnchors(ws []Workload) (anchors []Workload, strong bool) {
	for _, w := range ws {
		switch {
		case w.Chart != "":
			if slices.Contains(clusterAddonCharts, strings.ToLower(path.Base(w.Chart))) {
				anchors, strong = append(anchors, w), true
			}
		case w.Kind == kindKubeadm, w.Kind == kindK3s, w.Namespace == "kube-system" && len(w.Containers) > 0,
			w.Kind == "Pod" && slices.ContainsFunc(w.Containers, runsAPIServer):
			anchors, strong = append(anchors, w), true
		case w.Kind == "DaemonSet":
			anchors = append(anchors, w)
		}
	}
	slices.SortStableFunc(anchors, func(a, b Workload) int {
		return cmp.Or(strings.Compare(a.Location.Path, b.Location.Path), cmp.Compare(a.Location.StartLine, b.Location.StartLine),
			strings.Compare(a.Chart, b.Chart))
	})
	// A Kustomize overlay repeats the objects of its base, at the base's lines.
	anchors = slices.CompactFunc(anchors, func(a, b Workload) bool {
		return a.Location == b.Location && a.Chart == b.Chart && a.Kind == b.Kind
	})
	return anchors, strong
}

func checkK8sClusterRuntimeDetectionMissing() *check {
	return &check{rule: ruleK8sClusterRuntimeDetectionMissing, run: func(p *pass) {
		if !p.workloadsKnown || len(p.set.OfType(slices.Collect(maps.Keys(clusterTypes))...)) > 0 {
			return // manifests no model read, or a cluster in code that the other rule covers
		}
		ws := p.workloads
		for _, r := range p.set.OfType("helm_release") {
			// Add-ons installed by Terraform into a cluster defined elsewhere.
			ws = append(ws, Workload{Kind: "helm_release", Name: r.Address, Chart: str(r.Get("chart")), Location: r.At(nil)})
		}
		anchors, strong := clusterAnchors(ws)
		i := slices.IndexFunc(anchors, func(w Workload) bool { return p.inScope(w.Location.Path) })
		if !strong || i < 0 || len(p.sensorScopes()) > 0 {
			return
		}
		first := anchors[i]
		anchors = append(append([]Workload{first}, anchors[:i]...), anchors[i+1:]...)
		var names []string
		var related []finding.Location
		for i, w := range anchors {
			if i < 3 {
				names = append(names, anchorName(w))
			}
			if i > 0 && i <= 5 {
				loc := w.Location
				loc.Label = anchorName(w)
				related = append(related, loc)
			}
		}
		more := ""
		if len(anchors) > 3 {
			more = fmt.Sprintf(" and %d more", len(anchors)-3)
		}
		msg := fmt.Sprintf("this repository configures a Kubernetes cluster (%s%s) but deploys no runtime threat detection: "+
			"no Falco, Tetragon or similar sensor DaemonSet, nor its chart; add one the same way, beside %s",
			strings.Join(names, ", "), more, anchorName(first))
		p.reportAt(first.Location, "kubernetes cluster configuration", msg, clusterSensorFix(first), related...)
	}}
}

// anchorName names a workload in a message: its kind, its chart, or its namespace and name.
func anchorName(w Workload) string {
	switch {
	case w.Kind == kindKubeadm || w.Kind == kindK3s:
		return configName(w.Kind)
	case w.Kind == "ChartDependency":
		chart, dep, _ := strings.Cut(w.Name, "/")
		return fmt.Sprintf("chart %s's dependency %s", chart, dep)
	case w.Chart != "" && path.Base(w.Chart) != w.Name:
		return fmt.Sprintf("%s %s (chart %s)", w.Kind, w.Name, path.Base(w.Chart))
	case w.Namespace != "":
		return w.Kind + " " + w.Namespace + "/" + w.Name
	}
	return w.Kind + " " + w.Name
}

// clusterSensorFix is the Falco install written the way the anchor installs what it installs.
func clusterSensorFix(w Workload) string {
	switch w.Kind {
	case "HelmRelease":
		return `apiVersion: source.toolkit.fluxcd.io/v1
kind: HelmRepository
metadata:
  name: falcosecurity
  namespace: flux-system
spec:
  interval: 1h
  url: https://falcosecurity.github.io/charts
---
apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata:
  name: falco
  namespace: falco
spec:
  interval: 1h
  chart:
    spec:
      chart: falco
      version: "4.x"
      sourceRef:
        kind: HelmRepository
        name: falcosecurity
        namespace: flux-system
`
	case "Application", "ApplicationSet":
		return `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: falco
  namespace: argocd
spec:
  project: default
  source:
    repoURL: https://falcosecurity.github.io/charts
    chart: falco
    targetRevision: 4.*
  destination:
    server: https://kubernetes.default.svc
    namespace: falco
  syncPolicy:
    automated: {}
    syncOptions:
      - CreateNamespace=true
`
	case "HelmChart":
		return `apiVersion: helm.cattle.io/v1
kind: HelmChart
metadata:
  name: falco
  namespace: kube-system
spec:
  repo: https://falcosecurity.github.io/charts
  chart: falco
  targetNamespace: falco
  createNamespace: true
`
	case "HelmfileRelease":
		return `releases:
  - name: falco
    namespace: falco
    chart: falcosecurity/falco
    version: 4.x.x
# with the repository:
# repositories:
#   - name: falcosecurity
#     url: https://falcosecurity.github.io/charts
`
	case "helm_release":
		return falcoHelmRelease("")
	case "ChartDependency":
		return `dependencies:
  - name: falco
    version: 4.x.x
    repository: https://falcosecurity.github.io/charts
`
	}
	return `helm repo add falcosecurity https://falcosecurity.github.io/charts
helm install falco falcosecurity/falco --namespace falco --create-namespace
# or Tetragon: helm install tetragon cilium/tetragon --namespace kube-system
`
}
