package deps

import "strings"

// pipfileLock reads Pipfile.lock ("default" and "develop" sections).
type pipfileLock struct{}

func (pipfileLock) Name() string         { return "python/Pipfile.lock" }
func (pipfileLock) Claims(p string) bool { return base(p) == "Pipfile.lock" }

func (pipfileLock) Extract(p string, content []byte) (*Lockfile, error) {
	root, err := parseJSONTree(content)
	if err != nil {
		return nil, err
	}
	if root.Kind != '{' {
		return nil, errorf(root.Line, "Pipfile.lock is a JSON object")
	}
	lf := &Lockfile{Format: "Pipfile.lock", Ecosystem: "PyPI", HashesRequired: true}
	for _, section := range []string{"default", "develop"} {
		sec := root.Get(section)
		if sec == nil {
			continue
		}
		for i, name := range sec.Keys {
			n := sec.Vals[i]
			pkg := Package{Ecosystem: "PyPI", Name: name, Line: n.Line, Dev: section == "develop"}
			if v, ok := strings.CutPrefix(n.String("version"), "=="); ok {
				pkg.Version = strings.TrimPrefix(v, "=")
			}
			if h := n.Get("hashes"); h != nil && len(h.Items) > 0 {
				pkg.Integrity = h.Items[0].Str
			}
			switch {
			case n.String("git") != "":
				pkg.Source, pkg.Commit = n.String("git"), n.String("ref")
				pkg.SourceKind = classifySource("git+" + strings.TrimPrefix(pkg.Source, "git+"))
				if len(pkg.Commit) != 40 {
					pkg.Commit = ""
				}
			case n.String("path") != "":
				pkg.Source, pkg.SourceKind = n.String("path"), SourceLocal
			case n.String("file") != "":
				pkg.Source = n.String("file")
				pkg.SourceKind = classifySource(pkg.Source, "files.pythonhosted.org", "pypi.org")
			}
			if pkg.Version == "" && pkg.Source == "" {
				continue
			}
			lf.Packages = append(lf.Packages, pkg)
		}
	}
	return lf, nil
}
