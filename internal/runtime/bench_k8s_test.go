package runtime

import (
	"fmt"
	"strings"
	"testing"

	"github.com/vigil-sec/vigil/internal/iac/kubernetes/manifest"
	"github.com/vigil-sec/vigil/internal/iac/resource"
)

// benchObjects parses a generated cluster configuration: n files, each with a Deployment, a
// DaemonSet, a Flux HelmRelease of an add-on and a kubeadm ClusterConfiguration, and one in a
// hundred a kind Cluster with a kubeadm patch; no sensor, so that every Kubernetes rule has work.
func benchObjects(b *testing.B, n int) []*manifest.Object {
	b.Helper()
	var objs []*manifest.Object
	for i := range n {
		var sb strings.Builder
		fmt.Fprintf(&sb, "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: app-%d, namespace: apps}\nspec:\n  template:\n    spec:\n      containers:\n        - {name: app, image: registry.example.com/app:%d, args: [--port=8080]}\n---\n", i, i)
		fmt.Fprintf(&sb, "apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: agent-%d, namespace: kube-system}\nspec:\n  template:\n    spec:\n      containers:\n        - {name: agent, image: cr.fluentbit.io/fluent/fluent-bit:4.0.3}\n---\n", i)
		fmt.Fprintf(&sb, "apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata: {name: addon-%d}\nspec:\n  chart: {spec: {chart: cert-manager}}\n---\n", i)
		fmt.Fprintf(&sb, "apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\napiServer:\n  extraArgs: {audit-log-path: /var/log/audit.log, v: \"2\"}\n")
		if i%100 == 0 {
			fmt.Fprintf(&sb, "---\n")
			fmt.Fprintf(&sb, "apiVersion: kind.x-k8s.io/v1alpha4\nkind: Cluster\nkubeadmConfigPatches:\n  - |\n    kind: ClusterConfiguration\n    apiServer:\n      extraArgs: {audit-policy-file: /p.yaml}\n")
		}
		o, err := manifest.Parse(fmt.Sprintf("clusters/c%04d.yaml", i), []byte(sb.String()))
		if err != nil {
			b.Fatal(err)
		}
		objs = append(objs, o...)
	}
	return objs
}

// BenchmarkKubernetesRules converts the model into workloads and runs the Kubernetes rules.
func BenchmarkKubernetesRules(b *testing.B) {
	objs := benchObjects(b, 2000)
	set := resource.NewSet()
	checks := []*check{checkK8sRuntimeDetectionMissing(), checkK8sClusterRuntimeDetectionMissing(), checkK8sAPIServerAuditDisabled()}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		ps := newPass(set, nil, nil)
		ps.workloadsKnown = true
		for _, o := range objs {
			ps.workloads = append(ps.workloads, workloadsOf(o)...)
		}
		for _, c := range checks {
			ps.rule = c.rule
			c.run(ps)
		}
		if len(ps.findings) != 2021 {
			b.Fatalf("%d findings, want 2021", len(ps.findings))
		}
	}
	b.ReportMetric(float64(len(objs)), "objects")
}
