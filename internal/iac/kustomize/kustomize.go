// Package kustomize builds the Kustomize overlays of a reviewed tree with the kustomize API
// library, offline: remote bases are reported and left out (never fetched), plugins and Helm
// inflation stay disabled, and the files are read from the tree only. Built objects point back at
// the manifest that holds their base, at the lines the base gives their values.
package kustomize

import (
	"context"
	"errors"
	"fmt"
	"path"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
	"sigs.k8s.io/kustomize/api/krusty"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/kubernetes"
	"github.com/vigil-sec/vigil/internal/iac/kubernetes/manifest"
	"github.com/vigil-sec/vigil/internal/rule"
	"github.com/vigil-sec/vigil/internal/workspace"
)

var errReadOnly = errors.New("the review file system is read-only")

// maxBytes bounds what one build may read.
const maxBytes = 64 << 20

var remoteUnpinned = &rule.Rule{
	ID: "config/kustomize-remote-base-unpinned", Area: finding.Config, Severity: finding.Medium,
	Title:       "Remote Kustomize base not pinned",
	Description: "The kustomization pulls a remote base without a tag or commit (?ref=...), or at a branch: whatever the remote repository holds at build time is deployed, unreviewed.",
	Remediation: "Pin the remote base to a tag or, better, a commit (?ref=<sha>), or vendor it into the repository.",
	References:  []string{"https://github.com/kubernetes-sigs/kustomize/blob/master/examples/remoteBuild.md"},
}

// Renderer builds kustomizations for the kubernetes analyzer.
type Renderer struct{}

// New returns a renderer.
func New() *Renderer { return &Renderer{} }

var _ kubernetes.Renderer = (*Renderer)(nil)

// Rules implements kubernetes.Renderer.
func (*Renderer) Rules() []*rule.Rule { return []*rule.Rule{remoteUnpinned} }

// Roots lists the directories that hold a kustomization.
func (*Renderer) Roots(tree *workspace.Tree) []string {
	var out []string
	for _, e := range tree.Files {
		if isKustomization(e.Path) {
			out = append(out, path.Dir(e.Path))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// Render builds the kustomization in root.
func (*Renderer) Render(ctx context.Context, tree *workspace.Tree, root string) (kubernetes.Rendered, error) {
	var out kubernetes.Rendered
	fs := newTreeFS(tree, root, maxBytes)
	kfile := kustomizationFile(fs, root)
	out.Covered = patchFiles(tree, root, kfile)
	k := krusty.MakeKustomizer(krusty.MakeDefaultOptions())
	rm, err := k.Run(fs, "/"+strings.TrimPrefix(root, "."))
	for _, r := range fs.remote {
		out.Skips = append(out.Skips, workspace.Skip{Path: r.Kustomization, Line: r.Line, Reason: "kustomize: remote " + strings.TrimSuffix(r.Field, "s") + " " + r.Target + " is not fetched and not reviewed"})
		if !pinnedRef(r.Target) {
			f := remoteUnpinned.Finding(finding.Location{Path: r.Kustomization, StartLine: r.Line}, r.Field+" "+r.Target, "remote base "+r.Target+" is not pinned to a tag or commit")
			out.Findings = append(out.Findings, f)
		}
	}
	out.Skips = append(out.Skips, fs.refused...)
	if err != nil {
		return out, fmt.Errorf("kustomize: %s", strings.Join(strings.Fields(err.Error()), " "))
	}
	sources := map[string][]*manifest.Object{}
	for _, res := range rm.Resources() {
		origin, _ := res.GetOrigin()
		file := kfile
		if origin != nil && origin.Repo == "" {
			p := origin.Path
			if p == "" {
				p = origin.ConfiguredIn
			}
			if p != "" {
				file = path.Clean(path.Join(root, p))
			}
		}
		data, err := res.AsYAML()
		if err != nil {
			continue
		}
		objs, _ := manifest.Parse(file, stripOrigin(data))
		for _, o := range objs {
			o.Source, o.Origin = manifest.FromKustomize, root
			if _, known := sources[file]; !known {
				if b, err := tree.ReadFile(file); err == nil {
					sources[file], _ = manifest.Parse(file, b)
				} else {
					sources[file] = nil
				}
			}
			placeLines(o, sources[file])
			out.Objects = append(out.Objects, o)
		}
	}
	return out, nil
}

// kustomizationFile is the path of the kustomization file in root.
func kustomizationFile(fs *treeFS, root string) string {
	for _, n := range []string{"kustomization.yaml", "kustomization.yml", "Kustomization"} {
		p := path.Join(root, n)
		if _, ok := fs.files[p]; ok {
			return p
		}
	}
	return path.Join(root, "kustomization.yaml")
}

// patchFiles lists the files a kustomization uses as patches: they are partial objects, not to be
// reviewed on their own.
func patchFiles(tree *workspace.Tree, root, kfile string) []string {
	b, err := tree.ReadFile(kfile)
	if err != nil {
		return nil
	}
	var k struct {
		PatchesStrategicMerge []string `yaml:"patchesStrategicMerge"`
		Patches               []struct {
			Path string `yaml:"path"`
		} `yaml:"patches"`
		PatchesJSON6902 []struct {
			Path string `yaml:"path"`
		} `yaml:"patchesJson6902"`
	}
	if yaml.Unmarshal(b, &k) != nil {
		return nil
	}
	var out []string
	for _, p := range k.PatchesStrategicMerge {
		if !strings.Contains(p, "\n") {
			out = append(out, path.Clean(path.Join(root, p)))
		}
	}
	for _, p := range k.Patches {
		if p.Path != "" {
			out = append(out, path.Clean(path.Join(root, p.Path)))
		}
	}
	for _, p := range k.PatchesJSON6902 {
		if p.Path != "" {
			out = append(out, path.Clean(path.Join(root, p.Path)))
		}
	}
	return out
}

// pinnedRef reports whether a remote target names a tag or commit rather than a branch or nothing.
func pinnedRef(target string) bool {
	_, q, ok := strings.Cut(target, "?")
	if !ok {
		return false
	}
	for _, kv := range strings.Split(q, "&") {
		k, v, _ := strings.Cut(kv, "=")
		if (k == "ref" || k == "version") && v != "" {
			switch strings.ToLower(v) {
			case "main", "master", "develop", "dev", "trunk", "head":
				return false
			}
			return true
		}
	}
	return false
}

// stripOrigin removes the origin annotation that was only asked for to place the object.
func stripOrigin(data []byte) []byte {
	var doc yaml.Node
	if yaml.Unmarshal(data, &doc) != nil || len(doc.Content) == 0 {
		return data
	}
	root := doc.Content[0]
	md := mapGet(root, "metadata")
	ann := mapGet(md, "annotations")
	if ann != nil {
		for i := 0; i+1 < len(ann.Content); i += 2 {
			if ann.Content[i].Value == "config.kubernetes.io/origin" {
				ann.Content = append(ann.Content[:i], ann.Content[i+2:]...)
				break
			}
		}
		if len(ann.Content) == 0 {
			for i := 0; i+1 < len(md.Content); i += 2 {
				if md.Content[i].Value == "annotations" {
					md.Content = append(md.Content[:i], md.Content[i+2:]...)
					break
				}
			}
		}
	}
	out, err := yaml.Marshal(&doc)
	if err != nil {
		return data
	}
	return out
}

func mapGet(n *yaml.Node, key string) *yaml.Node {
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}
