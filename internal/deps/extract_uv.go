package deps

import "strings"

// uvLock reads uv.lock. The project's own entries (editable, virtual or directory sources) name
// the direct dependencies.
type uvLock struct{}

func (uvLock) Name() string         { return "python/uv.lock" }
func (uvLock) Claims(p string) bool { return base(p) == "uv.lock" }

type uvDep struct {
	Name string `toml:"name"`
}

type uvFile struct {
	URL  string `toml:"url"`
	Hash string `toml:"hash"`
}

func (uvLock) Extract(p string, content []byte) (*Lockfile, error) {
	var doc struct {
		Package []struct {
			Name    string             `toml:"name"`
			Version string             `toml:"version"`
			Source  map[string]string  `toml:"source"`
			Deps    []uvDep            `toml:"dependencies"`
			DevDeps map[string][]uvDep `toml:"dev-dependencies"`
			OptDeps map[string][]uvDep `toml:"optional-dependencies"`
			Sdist   *uvFile            `toml:"sdist"`
			Wheels  []uvFile           `toml:"wheels"`
		} `toml:"package"`
	}
	lines, err := decodeTOML(content, &doc)
	if err != nil {
		return nil, err
	}
	lf := &Lockfile{Format: "uv.lock", Ecosystem: "PyPI", HashesRequired: true}
	direct := map[string]bool{}
	own := make([]bool, len(doc.Package))
	for i, pk := range doc.Package {
		if pk.Source["editable"] != "" || pk.Source["virtual"] != "" || pk.Source["directory"] != "" {
			own[i] = true
			for _, d := range pk.Deps {
				direct[NormalizeName("PyPI", d.Name)] = true
			}
			for _, group := range [](map[string][]uvDep){pk.DevDeps, pk.OptDeps} {
				for _, ds := range group {
					for _, d := range ds {
						direct[NormalizeName("PyPI", d.Name)] = true
					}
				}
			}
		}
	}
	for i, pk := range doc.Package {
		if own[i] || pk.Version == "" {
			continue
		}
		pkg := Package{Ecosystem: "PyPI", Name: pk.Name, Version: pk.Version, Line: lineAt(lines, i), Relation: Transitive}
		if direct[NormalizeName("PyPI", pk.Name)] {
			pkg.Relation = Direct
		}
		if pk.Sdist != nil && pk.Sdist.Hash != "" {
			pkg.Integrity = pk.Sdist.Hash
		} else if len(pk.Wheels) > 0 {
			pkg.Integrity = pk.Wheels[0].Hash
		}
		switch {
		case pk.Source["git"] != "":
			pkg.Source = pk.Source["git"]
			pkg.SourceKind = classifySource("git+" + strings.TrimPrefix(pkg.Source, "git+"))
			pkg.Commit = commitOf(pkg.Source)
		case pk.Source["url"] != "":
			pkg.Source = pk.Source["url"]
			pkg.SourceKind = classifySource(pkg.Source, "files.pythonhosted.org", "pypi.org")
		case pk.Source["path"] != "":
			pkg.Source, pkg.SourceKind = pk.Source["path"], SourceLocal
		case strings.HasPrefix(pk.Source["registry"], "http://"):
			pkg.Source, pkg.SourceKind = pk.Source["registry"], SourceHTTP
		}
		lf.Packages = append(lf.Packages, pkg)
	}
	return lf, nil
}
