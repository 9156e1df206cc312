package runtime

import (
	"fmt"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/resource"
)

var ruleK8sRuntimeDetectionMissing = newRule("k8s-runtime-detection-missing", finding.Medium,
	"Kubernetes cluster has no runtime threat detection",
	"The configuration defines a Kubernetes cluster but deploys no runtime sensor to it: no Falco, Tetragon or "+
		"similar DaemonSet (nor its Helm release), no GuardDuty EKS Runtime Monitoring, no Defender for Containers. "+
		"A shell spawned in a container, a crypto miner or a container escape then leaves no alert: logs and "+
		"audit trails record the API, not what runs on the nodes. A sensor anywhere in the review (a helm_release, "+
		"a kubernetes_* DaemonSet, a DaemonSet manifest or rendered chart, a Flux HelmRelease, Argo CD Application, "+
		"k3s HelmChart, helmfile release or chart dependency of a sensor's chart) is taken to cover every cluster; GuardDuty runtime monitoring "+
		"covers EKS and Defender for Containers AKS. While manifests in the review are not read by a Kubernetes "+
		"model, the rule stays quiet.",
	"Deploy a runtime sensor as a DaemonSet on every node, for example Falco with its Helm chart (a helm_release "+
		"in Terraform), or turn on the cloud's own: GuardDuty EKS_RUNTIME_MONITORING with the aws-guardduty-agent "+
		"add-on, Microsoft Defender for Containers (the microsoft_defender block of an AKS cluster).",
	"https://falco.org/docs/getting-started/",
	"https://docs.aws.amazon.com/guardduty/latest/ug/runtime-monitoring.html")

// clusterTypes are the managed Kubernetes clusters, by the scope a cloud sensor covers.
var clusterTypes = map[string]string{
	"aws_eks_cluster": "eks", "AWS::EKS::Cluster": "eks", "google_container_cluster": "gke", "azurerm_kubernetes_cluster": "aks",
}

func checkK8sRuntimeDetectionMissing() *check {
	return &check{rule: ruleK8sRuntimeDetectionMissing, run: func(p *pass) {
		clusters := p.set.OfType("aws_eks_cluster", "AWS::EKS::Cluster", "google_container_cluster", "azurerm_kubernetes_cluster")
		if len(clusters) == 0 {
			return
		}
		scopes := p.sensorScopes()
		if scopes["all"] || !p.workloadsKnown {
			// A sensor covers the clusters, or manifests deploy what no model has read.
			return
		}
		for _, c := range clusters {
			scope := clusterTypes[c.Type]
			if scopes[scope] || scope == "aks" && !c.Get("microsoft_defender").IsNull() {
				continue
			}
			p.report(c, nil, c.Label()+": no runtime threat detection (Falco, Tetragon or a cloud runtime sensor) is deployed to this cluster",
				sensorFix(c))
		}
	}}
}

// sensorScopes finds the runtime sensors of the review: "all" for a sensor DaemonSet or Helm
// release, "eks" for GuardDuty runtime monitoring, "aks" for Defender for Containers.
func (p *pass) sensorScopes() map[string]bool {
	scopes := map[string]bool{}
	for _, r := range p.set.OfType("helm_release", "AWSQS::Kubernetes::Helm") {
		if _, ok := SensorChart(str(get(r, "chart", "Chart"))); ok {
			scopes["all"] = true
		}
	}
	for _, r := range p.set.OfType("kubernetes_daemonset", "kubernetes_daemon_set_v1") {
		for _, img := range r.All("spec", "template", "spec", "container", "image") {
			if _, ok := SensorImage(str(img)); ok {
				scopes["all"] = true
			}
		}
	}
	for _, r := range p.set.OfType("kubernetes_manifest") {
		if strIs(r.Get("manifest", "kind"), "DaemonSet") {
			for _, img := range r.All("manifest", "spec", "template", "spec", "containers", "image") {
				if _, ok := SensorImage(str(img)); ok {
					scopes["all"] = true
				}
			}
		}
	}
	if len(RuntimeSensors(p.workloads)) > 0 {
		scopes["all"] = true
	}
	for _, r := range p.set.OfType("aws_eks_addon", "AWS::EKS::Addon") {
		if strIs(get(r, "addon_name", "AddonName"), "aws-guardduty-agent") {
			scopes["eks"] = true
		}
	}
	for _, d := range p.set.OfType(detectorTypes...) {
		if on, _ := p.featureOn(d, "EKS_RUNTIME_MONITORING", "RUNTIME_MONITORING"); on && detectorEnabled(d) {
			scopes["eks"] = true
		}
	}
	for _, pr := range p.set.OfType(pricingType) {
		if strIs(pr.Get("resource_type"), "Containers") && strIs(pr.Get("tier"), "Standard") {
			scopes["aks"] = true
		}
	}
	return scopes
}

// sensorFix is the snippet that deploys a runtime sensor to a cluster.
func sensorFix(c *resource.Resource) string {
	if isCFN(c) {
		return fmt.Sprintf(`GuardDutyAgent:
  Type: AWS::EKS::Addon
  Properties:
    ClusterName: !Ref %s
    AddonName: aws-guardduty-agent
# and on the detector:
#   Features:
#     - Name: RUNTIME_MONITORING
#       Status: ENABLED
`, c.Name)
	}
	return falcoHelmRelease("  # the helm provider must point at " + ref(c) + "\n")
}

// falcoHelmRelease is the Terraform install of Falco, with extra lines inside the block.
func falcoHelmRelease(extra string) string {
	return `resource "helm_release" "falco" {
  name             = "falco"
  repository       = "https://falcosecurity.github.io/charts"
  chart            = "falco"
  namespace        = "falco"
  create_namespace = true
` + extra + "}\n"
}
