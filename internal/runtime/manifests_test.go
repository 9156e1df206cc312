package runtime

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/vigil-sec/vigil/internal/iac/kubernetes/manifest"
	"github.com/vigil-sec/vigil/internal/iac/yamlvalue"
)

// workloadsFrom parses a manifest and returns the runtime view of its objects.
func workloadsFrom(t *testing.T, src string) []Workload {
	t.Helper()
	objs, err := manifest.Parse("k8s/objects.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var out []Workload
	for _, o := range objs {
		out = append(out, workloadsOf(o)...)
	}
	return out
}

func TestWorkloadsOfChartInstalls(t *testing.T) {
	ws := workloadsFrom(t, `apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata: {name: sensor, namespace: security}
spec:
  chartRef: {kind: OCIRepository, name: tetragon}
---
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: {name: addons}
spec:
  source: {repoURL: https://example.com/charts, chart: cert-manager}
  sources:
    - {repoURL: https://github.com/example/platform.git, path: addons/falco/}
    - {repoURL: https://github.com/example/platform.git, path: .}
---
apiVersion: helm.cattle.io/v1
kind: HelmChart
metadata: {name: traefik, namespace: kube-system}
spec: {chart: traefik}
---
apiVersion: example.com/v1
kind: HelmRelease
metadata: {name: not-flux}
spec: {chart: {spec: {chart: falco}}}
`)
	var got []string
	for _, w := range ws {
		got = append(got, w.Kind+" "+w.Name+" "+w.Chart)
	}
	want := []string{"HelmRelease sensor tetragon", "Application addons cert-manager", "Application addons addons/falco",
		"HelmChart traefik traefik"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	sensors := RuntimeSensors(ws)
	if len(sensors) != 2 || sensors[0].Product != "Tetragon" || sensors[1].Product != "Falco" {
		t.Errorf("sensors: %+v", sensors)
	}
	if ws[0].Location.Path != "k8s/objects.yaml" || ws[0].Location.StartLine != 2 {
		t.Errorf("location %+v, want k8s/objects.yaml:2", ws[0].Location)
	}
}

func TestWorkloadsOfControlPlanes(t *testing.T) {
	ws := workloadsFrom(t, `apiVersion: kubeadm.k8s.io/v1beta4
kind: ClusterConfiguration
clusterName: prod
apiServer:
  extraArgs:
    - {name: audit-policy-file, value: /etc/kubernetes/audit.yaml}
    - {value: nameless}
---
apiVersion: kind.x-k8s.io/v1alpha4
kind: Cluster
kubeadmConfigPatches:
  - "kind: ClusterConfiguration\napiServer:\n  extraArgs:\n    audit-log-path: /var/log/audit.log\n"
  - "{{ not yaml"
  - "a: &x [*x]"
nodes:
  - role: worker
    kubeadmConfigPatches: ["kind: ClusterConfiguration\napiServer: {extraArgs: {audit-policy-file: /worker-only}}"]
  - role: control-plane
    kubeadmConfigPatches: ["kind: JoinConfiguration\n---\nkind: ClusterConfiguration\napiServer: {extraArgs: {v: '2'}}"]
`)
	if len(ws) != 2 {
		t.Fatalf("got %d workloads, want 2: %+v", len(ws), ws)
	}
	if got, want := ws[0].Containers[0].Command, []string{"kube-apiserver", "--audit-policy-file=/etc/kubernetes/audit.yaml"}; !reflect.DeepEqual(got, want) {
		t.Errorf("kubeadm: got %q, want %q", got, want)
	}
	if got, want := ws[1].Containers[0].Command, []string{"kube-apiserver", "--audit-log-path=/var/log/audit.log", "--v=2"}; !reflect.DeepEqual(got, want) {
		t.Errorf("kind: got %q, want %q", got, want)
	}
	gaps := APIServerAuditGaps(ws)
	if len(gaps) != 2 || !slices.Equal(gaps[0].Missing, []string{"--audit-log-path (or --audit-webhook-config-file)"}) ||
		!slices.Equal(gaps[1].Missing, []string{"--audit-policy-file"}) {
		t.Errorf("gaps: %+v", gaps)
	}
}

func TestIsK3sConfig(t *testing.T) {
	for p, want := range map[string]bool{
		"k3s/config.yaml":                             true,
		"nodes/k3s-server/config.yml":                 true,
		"etc/rancher/k3s/config.yaml.d/10-audit.yaml": true,
		"ansible/files/k3s-server.yaml":               true,
		"k3s/registries.yaml":                         false,
		"app/config.yaml":                             false,
		"k3s/config.json":                             false,
	} {
		if got := isK3sConfig(p); got != want {
			t.Errorf("isK3sConfig(%q) = %v, want %v", p, got, want)
		}
	}
}

func TestK3sServer(t *testing.T) {
	w, ok, err := k3sServer("k3s/config.yaml", []byte("disable: [traefik]\nkube-apiserver-arg: \"--audit-log-path=/var/log/a.log\"\n"))
	if err != nil || !ok {
		t.Fatalf("server: ok %v, err %v", ok, err)
	}
	if got, want := w.Containers[0].Command, []string{"kube-apiserver", "--audit-log-path=/var/log/a.log"}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if w.Location.StartLine != 2 {
		t.Errorf("line %d, want 2", w.Location.StartLine)
	}
	if _, ok, err := k3sServer("k3s/config.yaml", []byte("server: https://10.0.0.1:6443\ntoken-file: /t\n")); ok || err != nil {
		t.Errorf("agent: ok %v, err %v", ok, err)
	}
	if _, ok, err := k3sServer("k3s/config.yaml", nil); ok || err != nil {
		t.Errorf("empty: ok %v, err %v", ok, err)
	}
	if _, _, err := k3sServer("k3s/config.yaml", []byte("cluster-init: true\n  bad: [")); err == nil || yamlvalue.FromYAMLError(err).Line != 2 {
		t.Errorf("broken: err %v", err)
	}
}

func TestIsHelmfile(t *testing.T) {
	for p, want := range map[string]bool{
		"helmfile.yaml": true, "deploy/helmfile.yaml.gotmpl": true, "helmfile.d/10-addons.yaml": true,
		"helmfile.d/README.md": false, "charts/helmfile-like.yaml": false, "helmfile.lock": false,
	} {
		if got := isHelmfile(p); got != want {
			t.Errorf("isHelmfile(%q) = %v, want %v", p, got, want)
		}
	}
}

func FuzzClusterFiles(f *testing.F) {
	f.Add([]byte("cluster-init: true\nkube-apiserver-arg: [audit-log-path=/a]\n"))
	f.Add([]byte("apiVersion: v2\nname: x\ndependencies:\n  - name: falco\n"))
	f.Add([]byte("a: &a [*a, *a]\nb: &b [*a, *a]\ntls-san: [*b, *b]\n"))
	f.Add([]byte("releases:\n  - name: falco\n    chart: falcosecurity/falco\n---\n{{ if .X }}\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		w, ok, _ := k3sServer("k3s/config.yaml", src)
		if ok && (len(w.Containers) != 1 || w.Location.StartLine < 1) {
			t.Errorf("k3s workload without its kube-apiserver or line: %+v", w)
		}
		for _, r := range helmfileReleases("helmfile.yaml", src) {
			if r.Chart == "" || r.Location.StartLine < 1 {
				t.Errorf("release without a chart or line: %+v", r)
			}
		}
		for _, d := range chartDependencies("Chart.yaml", src) {
			if d.Chart == "" {
				t.Errorf("dependency without a chart: %+v", d)
			}
		}
		// The same bytes as a kind cluster's kubeadm patch.
		cluster := &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{
			{Kind: yaml.ScalarNode, Value: "kubeadmConfigPatches"},
			{Kind: yaml.SequenceNode, Content: []*yaml.Node{{Kind: yaml.ScalarNode, Value: string(src)}}},
		}}
		for _, a := range kindAPIServerArgs(manifest.Value{N: cluster}) {
			if !strings.HasPrefix(a, "--") {
				t.Errorf("flag %q", a)
			}
		}
	})
}

func FuzzWorkloadsOf(f *testing.F) {
	f.Add([]byte("apiVersion: kind.x-k8s.io/v1alpha4\nkind: Cluster\nkubeadmConfigPatches: [\"kind: ClusterConfiguration\\napiServer: {extraArgs: {a: b}}\"]\n"))
	f.Add([]byte("apiVersion: audit.k8s.io/v1\nkind: Policy\nrules: [{level: None, resources: [{group: '', resources: [secrets]}]}]\n"))
	f.Add([]byte("apiVersion: argoproj.io/v1alpha1\nkind: Application\nspec: {sources: [{chart: falco}, {path: x/y}]}\n"))
	f.Add([]byte("apiVersion: apps/v1\nkind: DaemonSet\nspec: {template: {spec: {containers: [{image: falcosecurity/falco, command: [--x]}]}}}\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		objs, _ := manifest.Parse("k8s/fuzz.yaml", src)
		var ws []Workload
		for _, o := range objs {
			for _, w := range workloadsOf(o) {
				if w.Location.Path != "k8s/fuzz.yaml" {
					t.Errorf("workload without its file: %+v", w)
				}
				ws = append(ws, w)
			}
		}
		APIServerAuditGaps(ws)
		RuntimeSensors(ws)
		clusterAnchors(ws)
		for _, w := range ws {
			AuditPolicyGaps(w.AuditRules)
		}
	})
}
