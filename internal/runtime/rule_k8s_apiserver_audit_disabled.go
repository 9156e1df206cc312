package runtime

import (
	"fmt"
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
)

var ruleK8sAPIServerAuditDisabled = newRule("k8s-apiserver-audit-disabled", finding.High,
	"kube-apiserver runs without an audit policy or audit log",
	"A self-managed control plane audits nothing unless kube-apiserver is started with an audit policy "+
		"(--audit-policy-file) and a sink (--audit-log-path or --audit-webhook-config-file). Without them there is "+
		"no record of who read secrets, exec'd into pods or changed role bindings. The rule reads the kube-apiserver "+
		"static pod manifest, and the clusters defined as code that start one: a kubeadm ClusterConfiguration "+
		"(apiServer.extraArgs), a kind Cluster (its kubeadmConfigPatches) and a k3s server configuration "+
		"(kube-apiserver-arg). Managed clusters are covered by the EKS, GKE and AKS logging rules.",
	"Start kube-apiserver with --audit-policy-file=/etc/kubernetes/audit-policy.yaml, --audit-log-path, "+
		"--audit-log-maxage and --audit-log-maxbackup, and mount the policy and log directories.",
	"https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/",
	"https://kubernetes.io/docs/reference/setup-tools/kubeadm/kubeadm-init/#customizing-the-control-plane-with-flags-in-extraargs",
	"CIS Kubernetes Benchmark 1.2.16-1.2.19, 3.2.1")

func checkK8sAPIServerAuditDisabled() *check {
	return &check{rule: ruleK8sAPIServerAuditDisabled, run: func(p *pass) {
		for _, g := range APIServerAuditGaps(p.workloads) {
			w := g.Workload
			missing := strings.Join(g.Missing, " and ")
			var msg string
			switch w.Kind {
			case kindKubeadm, kindKind, kindK3s:
				msg = fmt.Sprintf("%s %s starts kube-apiserver without %s, so the cluster audits nothing",
					configName(w.Kind), quoteName(w.Name), missing)
			default:
				msg = fmt.Sprintf("%s %s: kube-apiserver (container %s) runs without %s, so the cluster audits nothing",
					w.Kind, w.Name, g.Container, missing)
			}
			if w.Origin != "" {
				msg += " (rendered from " + w.Origin + ")"
			}
			p.reportAt(w.Location, w.id()+"/"+g.Container, msg, auditFix(w))
		}
	}}
}

// The kinds of the control plane configurations that start a kube-apiserver.
const (
	kindKubeadm = "ClusterConfiguration"
	kindKind    = "Cluster"
	kindK3s     = "K3sConfig"
)

func configName(kind string) string {
	switch kind {
	case kindKubeadm:
		return "kubeadm ClusterConfiguration"
	case kindKind:
		return "kind Cluster"
	}
	return "k3s server configuration"
}

func quoteName(name string) string {
	if name == "" {
		return "(unnamed)"
	}
	return fmt.Sprintf("%q", name)
}

// auditPolicy is the minimal policy every fix points at.
const auditPolicy = `# /etc/kubernetes/audit-policy.yaml
# apiVersion: audit.k8s.io/v1
# kind: Policy
# rules:
#   - level: Metadata`

// kubeadmVolumes mount the policy and the log directory into the kubeadm API server.
const kubeadmVolumes = `  extraVolumes:
    - name: audit-policy
      hostPath: /etc/kubernetes/audit-policy.yaml
      mountPath: /etc/kubernetes/audit-policy.yaml
      readOnly: true
      pathType: File
    - name: audit-log
      hostPath: /var/log/kubernetes/audit
      mountPath: /var/log/kubernetes/audit
      pathType: DirectoryOrCreate
` + auditPolicy

// auditFix is the snippet that turns auditing on where the kube-apiserver flags are written.
func auditFix(w Workload) string {
	switch w.Kind {
	case kindKubeadm:
		if strings.HasSuffix(w.APIVersion, "/v1beta4") {
			return `apiServer:
  extraArgs:
    - name: audit-policy-file
      value: /etc/kubernetes/audit-policy.yaml
    - name: audit-log-path
      value: /var/log/kubernetes/audit/audit.log
    - name: audit-log-maxage
      value: "30"
` + kubeadmVolumes
		}
		return `apiServer:
  extraArgs:
    audit-policy-file: /etc/kubernetes/audit-policy.yaml
    audit-log-path: /var/log/kubernetes/audit/audit.log
    audit-log-maxage: "30"
` + kubeadmVolumes
	case kindKind:
		return `nodes:
  - role: control-plane
    kubeadmConfigPatches:
      - |
        kind: ClusterConfiguration
        apiServer:
          extraArgs:
            audit-policy-file: /etc/kubernetes/policies/audit-policy.yaml
            audit-log-path: /var/log/kubernetes/audit.log
          extraVolumes:
            - name: audit-policies
              hostPath: /etc/kubernetes/policies
              mountPath: /etc/kubernetes/policies
              readOnly: true
              pathType: DirectoryOrCreate
    extraMounts:
      - hostPath: ./audit-policy.yaml
        containerPath: /etc/kubernetes/policies/audit-policy.yaml
        readOnly: true
` + strings.Replace(auditPolicy, "/etc/kubernetes/audit-policy.yaml", "./audit-policy.yaml", 1)
	case kindK3s:
		return `kube-apiserver-arg:
  - audit-policy-file=/etc/rancher/k3s/audit-policy.yaml
  - audit-log-path=/var/lib/rancher/k3s/server/logs/audit.log
  - audit-log-maxage=30
  - audit-log-maxbackup=10
` + strings.ReplaceAll(auditPolicy, "/etc/kubernetes/", "/etc/rancher/k3s/")
	}
	return `    - --audit-policy-file=/etc/kubernetes/audit-policy.yaml
    - --audit-log-path=/var/log/kubernetes/audit/audit.log
    - --audit-log-maxage=30
    - --audit-log-maxbackup=10
    - --audit-log-maxsize=100
# with the policy and the log directory mounted (hostPath volumes), and a policy such as:
# apiVersion: audit.k8s.io/v1
# kind: Policy
# rules:
#   - level: Metadata`
}
