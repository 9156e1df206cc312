package deps

import (
	"path"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"
)

// actionsUses reads the `uses:` references of GitHub Actions workflows and action metadata files:
// `owner/repo[/path]@ref` for actions and reusable workflows. A full-length commit SHA is kept as the
// commit, with the version from a trailing "# v1.2.3" comment when there is one; floating tags and
// branches ("v4", "main") give no version to match. Local ("./") and docker:// references are not
// packages. The workflow security rules belong to the pipeline analyzers.
type actionsUses struct{}

// ActionsExtractor is the Name of the extractor of GitHub Actions `uses:` references.
const ActionsExtractor = "github/actions"

func (actionsUses) Name() string { return ActionsExtractor }
func (actionsUses) Claims(p string) bool {
	ext := path.Ext(p)
	if ext != ".yml" && ext != ".yaml" {
		return false
	}
	dir, b := path.Dir(p), path.Base(p)
	return dir == ".github/workflows" || strings.HasSuffix(dir, "/.github/workflows") ||
		b == "action.yml" || b == "action.yaml"
}

var (
	fullVersion = regexp.MustCompile(`^v?(\d+\.\d+\.\d+([-+][0-9A-Za-z.-]+)?)$`)
	commentVer  = regexp.MustCompile(`(?:^|\s|@)(v?\d+\.\d+\.\d+)\b`)
	hexSHA      = regexp.MustCompile(`^[0-9a-f]{40}$`)
)

func (actionsUses) Extract(p string, content []byte) (*Lockfile, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(content, &doc); err != nil {
		return nil, yamlError(err)
	}
	lf := &Lockfile{Format: "GitHub Actions workflow", Ecosystem: "GitHub Actions"}
	var walk func(n *yaml.Node, depth int)
	walk = func(n *yaml.Node, depth int) {
		if n == nil || depth > 64 {
			return
		}
		if n.Kind == yaml.MappingNode {
			for i := 0; i+1 < len(n.Content); i += 2 {
				k, v := n.Content[i], n.Content[i+1]
				if k.Value == "uses" && v.Kind == yaml.ScalarNode {
					if pkg, ok := actionRef(v); ok {
						lf.Packages = append(lf.Packages, pkg)
					}
					continue
				}
				walk(v, depth+1)
			}
			return
		}
		for _, c := range n.Content {
			walk(c, depth+1)
		}
	}
	walk(&doc, 0)
	return lf, nil
}

func actionRef(v *yaml.Node) (Package, bool) {
	ref := strings.TrimSpace(v.Value)
	if strings.HasPrefix(ref, "./") || strings.HasPrefix(ref, "docker://") || strings.Contains(ref, "${{") {
		return Package{}, false
	}
	target, at, ok := strings.Cut(ref, "@")
	parts := strings.Split(target, "/")
	if !ok || len(parts) < 2 || parts[0] == "" || parts[1] == "" {
		return Package{}, false
	}
	pkg := Package{Ecosystem: "GitHub Actions", Name: parts[0] + "/" + parts[1], Line: v.Line, Relation: Direct, Source: ref}
	switch {
	case hexSHA.MatchString(at):
		pkg.Commit = at
		if m := commentVer.FindStringSubmatch(v.LineComment); m != nil {
			pkg.Version = strings.TrimPrefix(m[1], "v")
		}
	case fullVersion.MatchString(at):
		pkg.Version = fullVersion.FindStringSubmatch(at)[1]
	}
	return pkg, true
}
