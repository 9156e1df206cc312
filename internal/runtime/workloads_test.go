package runtime

import (
	"reflect"
	"testing"

	"github.com/vigil-sec/vigil/internal/finding"
)

func TestSensorImage(t *testing.T) {
	for image, want := range map[string]string{
		"falcosecurity/falco:0.41.3":                                              "Falco",
		"docker.io/falcosecurity/falco-no-driver@sha256:ab":                       "Falco",
		"quay.io/cilium/tetragon:v1.4.0":                                          "Tetragon",
		"registry.example.com:5000/mirror/cilium/tetragon":                        "Tetragon",
		"602401143452.dkr.ecr.eu-west-1.amazonaws.com/aws-guardduty-agent:v1.8.0": "GuardDuty Runtime Monitoring",
		"nginx:1.27":                           "",
		"falcosecurity/falcoctl:0.11":          "", // the rules updater is no sensor
		"example/not-falcosecurity/falco-fork": "",
		"neuvector/enforcer:5.4":               "NeuVector Enforcer",
	} {
		got, ok := SensorImage(image)
		if got != want || ok != (want != "") {
			t.Errorf("SensorImage(%q) = %q, %v; want %q", image, got, ok, want)
		}
	}
}

func TestSensorChart(t *testing.T) {
	for chart, want := range map[string]string{
		"falco":               "Falco",
		"falcosecurity/falco": "Falco",
		"oci://ghcr.io/falcosecurity/charts/falco": "Falco",
		"cilium/tetragon":                          "Tetragon",
		"ingress-nginx":                            "",
		"falco-exporter":                           "",
	} {
		got, ok := SensorChart(chart)
		if got != want || ok != (want != "") {
			t.Errorf("SensorChart(%q) = %q, %v; want %q", chart, got, ok, want)
		}
	}
}

func TestRuntimeSensorsOnlyDaemonSets(t *testing.T) {
	ws := []Workload{
		{Kind: "Deployment", Name: "falco-in-a-deployment", Containers: []Container{{Image: "falcosecurity/falco:0.41"}}},
		{Kind: "DaemonSet", Name: "fluent-bit", Containers: []Container{{Image: "fluent/fluent-bit:3"}}},
		{Kind: "DaemonSet", Namespace: "falco", Name: "falco", Containers: []Container{{Image: "nginx"}, {Image: "falcosecurity/falco:0.41"}},
			Location: finding.Location{Path: "k8s/falco.yaml", StartLine: 2}},
	}
	got := RuntimeSensors(ws)
	want := []Sensor{{Product: "Falco", Workload: "DaemonSet/falco/falco", Location: finding.Location{Path: "k8s/falco.yaml", StartLine: 2}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("RuntimeSensors = %+v, want %+v", got, want)
	}
}

func TestAPIServerAuditGaps(t *testing.T) {
	ws := []Workload{
		{Kind: "Pod", Name: "none", Containers: []Container{{Name: "api", Image: "registry.k8s.io/kube-apiserver:v1.33.2",
			Command: []string{"kube-apiserver", "--authorization-mode=Node,RBAC"}}}},
		{Kind: "Pod", Name: "policy-only", Containers: []Container{{Name: "api", Image: "registry.k8s.io/kube-apiserver:v1.33.2",
			Command: []string{"/usr/local/bin/kube-apiserver", "--audit-policy-file=/etc/kubernetes/audit.yaml"}}}},
		{Kind: "Pod", Name: "args-only", Containers: []Container{{Name: "api", Image: "registry.k8s.io/kube-apiserver:v1.33.2",
			Command: []string{"--audit-policy-file", "--audit-log-path=/var/log/audit.log"}}}},
		{Kind: "Pod", Name: "full", Containers: []Container{{Name: "api", Image: "registry.k8s.io/kube-apiserver:v1.33.2",
			Command: []string{"kube-apiserver", "--audit-policy-file=/etc/kubernetes/audit.yaml", "--audit-webhook-config-file=/etc/kubernetes/wh.yaml"}}}},
		{Kind: "Pod", Name: "spaced", Containers: []Container{{Name: "api", Image: "registry.k8s.io/kube-apiserver:v1.33.2",
			Command: []string{"kube-apiserver", "--audit-policy-file", "/etc/kubernetes/audit.yaml", "--audit-log-path", "/var/log/audit.log"}}}},
		{Kind: "Deployment", Name: "web", Containers: []Container{{Name: "web", Image: "nginx", Command: []string{"nginx"}}}},
	}
	var got []string
	for _, g := range APIServerAuditGaps(ws) {
		got = append(got, g.Workload.Name)
		if g.Workload.Name == "policy-only" && !reflect.DeepEqual(g.Missing, []string{"--audit-log-path (or --audit-webhook-config-file)"}) {
			t.Errorf("policy-only misses %v", g.Missing)
		}
	}
	// "args-only" names the flag without a value: an empty policy path audits nothing either;
	// "spaced" gives the values as separate arguments (--flag value), which kube-apiserver takes.
	if want := []string{"none", "policy-only", "args-only"}; !reflect.DeepEqual(got, want) {
		t.Errorf("gaps in %v, want %v", got, want)
	}
}
