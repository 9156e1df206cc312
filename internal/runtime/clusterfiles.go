package runtime

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/kubernetes/manifest"
	"github.com/vigil-sec/vigil/internal/iac/yamlvalue"
)

// Files the Kubernetes model does not hold, read by the runtime analyzer itself in the first
// phase: a chart's Chart.yaml (its dependencies install charts), a helmfile (its releases install
// charts) and a k3s server configuration (its kube-apiserver flags). Each becomes Workload values,
// shared as fileWorkloads.

// fileWorkloads are the workloads one file declares.
type fileWorkloads []Workload

// isK3sConfig reports whether a path is a k3s configuration file: config.yaml, or a drop-in of
// config.yaml.d/, under a directory whose name mentions k3s (the /etc/rancher/k3s layout kept
// in a repository), or a YAML file whose own name starts with k3s.
func isK3sConfig(p string) bool {
	base := strings.ToLower(path.Base(p))
	ext := path.Ext(base)
	if ext != ".yaml" && ext != ".yml" {
		return false
	}
	if strings.HasPrefix(base, "k3s") {
		return true
	}
	dir := strings.ToLower(path.Dir(p))
	if path.Base(dir) == "config.yaml.d" {
		dir = path.Dir(dir)
	} else if base != "config.yaml" && base != "config.yml" {
		return false
	}
	for _, seg := range strings.Split(dir, "/") {
		if strings.Contains(seg, "k3s") {
			return true
		}
	}
	return false
}

// k3sServerKeys are options only a k3s server takes: a file with none of them configures an
// agent, which runs no kube-apiserver.
var k3sServerKeys = []string{"cluster-init", "tls-san", "disable", "write-kubeconfig-mode", "kube-apiserver-arg",
	"cluster-cidr", "service-cidr", "secrets-encryption", "datastore-endpoint", "disable-network-policy",
	"flannel-backend", "etcd-snapshot-schedule-cron", "kube-controller-manager-arg", "kube-scheduler-arg",
	"protect-kernel-defaults", "cluster-domain", "egress-selector-mode"}

// k3sServer reads a k3s configuration: the kube-apiserver it starts, when it configures a server.
func k3sServer(file string, src []byte) (Workload, bool, error) {
	root, err := firstDocument(src)
	if err != nil || !root.IsMap() {
		return Workload{}, false, err
	}
	server := false
	for _, k := range k3sServerKeys {
		server = server || root.Get(k).Exists()
	}
	if !server {
		return Workload{}, false, nil
	}
	args := root.Get("kube-apiserver-arg")
	flags := args.Strings()
	if s := args.Str(); s != "" {
		flags = []string{s}
	}
	for i, f := range flags {
		flags[i] = "--" + strings.TrimLeft(f, "-")
	}
	line := root.FirstLine()
	if l := root.Key("kube-apiserver-arg").Line(); l > 0 {
		line = l
	}
	return Workload{Kind: kindK3s, Name: path.Dir(file), Containers: []Container{apiServerOf(flags)},
		Location: finding.Location{Path: file, StartLine: line}}, true, nil
}

// chartDependencies reads the dependencies of a Chart.yaml: each installs a chart.
func chartDependencies(file string, src []byte) []Workload {
	root, err := firstDocument(src)
	if err != nil {
		return nil // the Helm renderer reports a broken Chart.yaml
	}
	chart := root.Get("name").Str()
	var out []Workload
	for _, d := range root.Get("dependencies").Items() {
		name := d.Get("name").Str()
		if name == "" {
			continue
		}
		out = append(out, Workload{Kind: "ChartDependency", Name: chart + "/" + name, Chart: name,
			Location: finding.Location{Path: file, StartLine: d.FirstLine()}})
	}
	return out
}

// isHelmfile reports whether a path is a helmfile: helmfile.yaml (.yml, .yaml.gotmpl) or a file
// of helmfile.d/.
func isHelmfile(p string) bool {
	base := strings.ToLower(path.Base(p))
	if strings.HasPrefix(base, "helmfile.") {
		return strings.HasSuffix(base, ".yaml") || strings.HasSuffix(base, ".yml") || strings.HasSuffix(base, ".yaml.gotmpl")
	}
	ext := path.Ext(base)
	return path.Base(path.Dir(p)) == "helmfile.d" && (ext == ".yaml" || ext == ".yml" || ext == ".gotmpl")
}

// helmfileReleases reads the releases of a helmfile, each the install of a chart. Helmfiles are
// often templates: documents that are not plain YAML are passed over, the others still read.
func helmfileReleases(file string, src []byte) []Workload {
	if len(src) > yamlvalue.DefaultLimits.MaxDocumentBytes {
		return nil
	}
	var out []Workload
	dec := yaml.NewDecoder(bytes.NewReader(src))
	for {
		var doc yaml.Node
		if dec.Decode(&doc) != nil || yamlvalue.CheckSize(&doc, yamlvalue.DefaultLimits) != nil {
			return out // the end, or a template the YAML parser cannot follow past
		}
		for _, r := range (manifest.Value{N: &doc}).Get("releases").Items() {
			if chart := r.Get("chart").Str(); chart != "" {
				out = append(out, Workload{Kind: "HelmfileRelease", Name: r.Get("name").Str(), Namespace: r.Get("namespace").Str(),
					Chart: chart, Location: finding.Location{Path: file, StartLine: r.FirstLine()}})
			}
		}
	}
}

// firstDocument parses the first YAML document of a file within the size limits; an empty file
// is an empty document.
func firstDocument(src []byte) (manifest.Value, error) {
	if len(src) > yamlvalue.DefaultLimits.MaxDocumentBytes {
		return manifest.Value{}, fmt.Errorf("YAML document larger than %d bytes", yamlvalue.DefaultLimits.MaxDocumentBytes)
	}
	var doc yaml.Node
	if err := yaml.NewDecoder(bytes.NewReader(src)).Decode(&doc); err != nil && !errors.Is(err, io.EOF) {
		return manifest.Value{}, err
	}
	if err := yamlvalue.CheckSize(&doc, yamlvalue.DefaultLimits); err != nil {
		return manifest.Value{}, err
	}
	return manifest.Value{N: &doc}, nil
}
