package runtime

import (
	"path"
	"slices"
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
)

// The Kubernetes side of runtime coverage, as pure functions over a small view of the workloads a
// review deploys. The Kubernetes manifest model (another analyzer) fills Options.Workloads; the
// functions do not depend on it.

// Workload is one Kubernetes workload: a DaemonSet, Deployment, StatefulSet, Pod (static pods
// included) ... as written in a manifest, a chart's rendered template or a kubernetes_* resource.
// Objects that deploy or configure a cluster without a pod template come in the same form: a chart
// install (Flux HelmRelease, Argo CD Application, k3s HelmChart, a chart dependency) carries Chart,
// and a control plane configuration (kubeadm ClusterConfiguration, kind Cluster, k3s config) carries
// one kube-apiserver container whose Command holds the flags it configures.
type Workload struct {
	Kind       string // "DaemonSet"
	APIVersion string
	Namespace  string
	Name       string
	Containers []Container
	// Chart is the Helm chart a chart install deploys, as written ("falcosecurity/falco", an OCI
	// reference or a chart path).
	Chart string
	// Origin says where a rendered object came from ("helm:charts/app"); "" for plain manifests.
	Origin string
	// AuditRules are the rules of an audit Policy (audit.k8s.io), in order.
	AuditRules []AuditRule
	// Location is the workload's declaration (the line of its kind or metadata).
	Location finding.Location
}

// Container is one container of a workload: its image and its command line (command then args).
type Container struct {
	Name    string
	Image   string
	Command []string
}

// runtimeSensors are the runtime threat detection agents that watch system calls or kernel events
// on every node, by the repository path of their image (registry and tag aside).
var runtimeSensors = []struct {
	product string
	images  []string // repository path suffixes
	charts  []string // Helm chart names
}{
	{"Falco", []string{"falcosecurity/falco", "falcosecurity/falco-no-driver", "falcosecurity/falco-distroless"}, []string{"falco"}},
	{"Tetragon", []string{"cilium/tetragon"}, []string{"tetragon"}},
	{"Tracee", []string{"aquasec/tracee"}, []string{"tracee"}},
	{"KubeArmor", []string{"kubearmor/kubearmor"}, []string{"kubearmor", "kubearmor-operator"}},
	{"Sysdig Secure", []string{"sysdig/agent", "sysdig/agent-slim", "sysdig/shield"}, []string{"sysdig-deploy", "sysdig", "shield"}},
	{"Aqua Enforcer", []string{"aquasec/enforcer", "aquasec/kube-enforcer", "registry.aquasec.com/enforcer"}, []string{"aqua-enforcer", "kube-enforcer"}},
	{"CrowdStrike Falcon", []string{"falcon-sensor", "falcon-container"}, []string{"falcon-sensor"}},
	{"Prisma Cloud Defender", []string{"twistlock/defender"}, []string{"twistlock-defender"}},
	{"NeuVector Enforcer", []string{"neuvector/enforcer"}, []string{"neuvector-core"}},
	{"StackRox Collector", []string{"stackrox/collector", "rhacs-collector", "advanced-cluster-security/rhacs-collector-rhel8"}, []string{"stackrox-secured-cluster-services", "secured-cluster-services"}},
	{"GuardDuty Runtime Monitoring", []string{"aws-guardduty-agent"}, nil},
	{"Lacework", []string{"lacework/datacollector"}, []string{"lacework-agent"}},
	{"Wiz Sensor", []string{"wiz-sensor"}, []string{"wiz-sensor"}},
	{"Microsoft Defender for Containers", []string{"azuredefender/stable/low-level-collector", "azuredefender/stable/pod-collector"}, nil},
}

// SensorImage names the runtime sensor an image runs, if any.
func SensorImage(image string) (product string, ok bool) {
	repo := strings.ToLower(image)
	if i := strings.Index(repo, "@"); i >= 0 {
		repo = repo[:i]
	}
	if i := strings.LastIndex(repo, ":"); i > strings.LastIndex(repo, "/") {
		repo = repo[:i]
	}
	for _, s := range runtimeSensors {
		for _, suffix := range s.images {
			if repo == suffix || strings.HasSuffix(repo, "/"+suffix) {
				return s.product, true
			}
		}
	}
	return "", false
}

// SensorChart names the runtime sensor a Helm chart installs, if any: "falco",
// "falcosecurity/falco" and "oci://ghcr.io/falcosecurity/charts/falco" all name Falco.
func SensorChart(chart string) (product string, ok bool) {
	name := path.Base(strings.ToLower(strings.TrimSpace(chart)))
	if i := strings.LastIndex(name, ":"); i > 0 {
		name = name[:i]
	}
	for _, s := range runtimeSensors {
		if slices.Contains(s.charts, name) {
			return s.product, true
		}
	}
	return "", false
}

// Sensor is a runtime sensor found among the workloads.
type Sensor struct {
	Product  string
	Workload string // kind/namespace/name
	Location finding.Location
}

// RuntimeSensors returns the DaemonSets that run a runtime sensor on every node, and the chart
// installs (HelmRelease, Argo CD Application, chart dependency ...) of a sensor's chart. A sensor
// in a Deployment watches nothing but itself, so only DaemonSets count.
func RuntimeSensors(ws []Workload) []Sensor {
	var out []Sensor
	for _, w := range ws {
		if w.Chart != "" {
			if product, ok := SensorChart(w.Chart); ok {
				out = append(out, Sensor{Product: product, Workload: w.id(), Location: w.Location})
			}
			continue
		}
		if !strings.EqualFold(w.Kind, "DaemonSet") {
			continue
		}
		for _, c := range w.Containers {
			if product, ok := SensorImage(c.Image); ok {
				out = append(out, Sensor{Product: product, Workload: w.id(), Location: w.Location})
				break
			}
		}
	}
	return out
}

func (w Workload) id() string {
	ns := w.Namespace
	if ns == "" {
		ns = "default"
	}
	return w.Kind + "/" + ns + "/" + w.Name
}

// AuditGap is a kube-apiserver that writes no audit log.
type AuditGap struct {
	Workload  Workload
	Container string
	// Missing names the absent flags: --audit-policy-file, and a sink (--audit-log-path or
	// --audit-webhook-config-file).
	Missing []string
}

// APIServerAuditGaps returns the kube-apiserver containers (static pods of self-managed control
// planes, kubeadm or kind configurations rendered into pods) whose command line lacks an audit
// policy or an audit sink: without both, the API server audits nothing.
func APIServerAuditGaps(ws []Workload) []AuditGap {
	var out []AuditGap
	for _, w := range ws {
		for _, c := range w.Containers {
			if !runsAPIServer(c) {
				continue
			}
			flags := commandFlags(c.Command)
			var missing []string
			if flags["--audit-policy-file"] == "" {
				missing = append(missing, "--audit-policy-file")
			}
			if flags["--audit-log-path"] == "" && flags["--audit-webhook-config-file"] == "" {
				missing = append(missing, "--audit-log-path (or --audit-webhook-config-file)")
			}
			if len(missing) > 0 {
				out = append(out, AuditGap{Workload: w, Container: c.Name, Missing: missing})
			}
		}
	}
	return out
}

// commandFlags reads the long flags of a command line, in both the --name=value and the
// --name value forms.
func commandFlags(cmd []string) map[string]string {
	flags := map[string]string{}
	for i, a := range cmd {
		if !strings.HasPrefix(a, "--") {
			continue
		}
		if k, v, ok := strings.Cut(a, "="); ok {
			flags[k] = v
		} else if i+1 < len(cmd) && !strings.HasPrefix(cmd[i+1], "-") {
			flags[a] = cmd[i+1]
		} else {
			flags[a] = ""
		}
	}
	return flags
}

// runsAPIServer reports whether a container runs kube-apiserver.
func runsAPIServer(c Container) bool {
	if len(c.Command) > 0 && path.Base(c.Command[0]) == "kube-apiserver" {
		return true
	}
	repo := strings.ToLower(c.Image)
	if i := strings.LastIndex(repo, ":"); i > strings.LastIndex(repo, "/") {
		repo = repo[:i]
	}
	return path.Base(repo) == "kube-apiserver" && (len(c.Command) == 0 || strings.HasPrefix(c.Command[0], "--"))
}
