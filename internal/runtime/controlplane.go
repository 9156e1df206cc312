package runtime

import (
	"bytes"

	"gopkg.in/yaml.v3"

	"github.com/vigil-sec/vigil/internal/iac/kubernetes/manifest"
	"github.com/vigil-sec/vigil/internal/iac/yamlvalue"
)

// Control plane configurations (kubeadm, kind, k3s) do not run kube-apiserver themselves: they
// say which flags it gets. apiServerOf turns those flags into the kube-apiserver container that
// APIServerAuditGaps reads, so one check covers static pods and configurations alike.

// apiServerOf is the kube-apiserver a configuration starts, with its flags ("--name=value").
func apiServerOf(flags []string) Container {
	return Container{Name: "kube-apiserver", Command: append([]string{"kube-apiserver"}, flags...)}
}

// kubeadmAPIServerArgs reads apiServer.extraArgs of a kubeadm ClusterConfiguration: a mapping in
// v1beta3, a list of name/value pairs in v1beta4.
func kubeadmAPIServerArgs(cfg manifest.Value) []string {
	args := cfg.Path("apiServer", "extraArgs")
	var out []string
	for _, p := range args.Pairs() {
		out = append(out, "--"+p.Key+"="+p.Value.Str())
	}
	for _, it := range args.Items() {
		if name := it.Get("name").Str(); name != "" {
			out = append(out, "--"+name+"="+it.Get("value").Str())
		}
	}
	return out
}

// kindAPIServerArgs reads the kube-apiserver flags a kind Cluster sets through the kubeadm
// ClusterConfiguration patches of the cluster and of its control-plane nodes. Each patch is a
// YAML document held in a string; one that does not parse adds nothing.
func kindAPIServerArgs(cluster manifest.Value) []string {
	patches := cluster.Get("kubeadmConfigPatches").Strings()
	for _, n := range cluster.Get("nodes").Items() {
		if role := n.Get("role").Str(); role == "" || role == "control-plane" {
			patches = append(patches, n.Get("kubeadmConfigPatches").Strings()...)
		}
	}
	var out []string
	for _, patch := range patches {
		dec := yaml.NewDecoder(bytes.NewReader([]byte(patch)))
		for {
			var doc yaml.Node
			if dec.Decode(&doc) != nil {
				break // the end, or a patch kind cannot apply either
			}
			if yamlvalue.CheckSize(&doc, yamlvalue.DefaultLimits) != nil {
				break
			}
			v := manifest.Value{N: &doc}
			if v.Get("kind").Str() == "ClusterConfiguration" {
				out = append(out, kubeadmAPIServerArgs(v)...)
			}
		}
	}
	return out
}
