package deps

import "strings"

// composerLock reads composer.lock ("packages" and "packages-dev").
type composerLock struct{}

func (composerLock) Name() string         { return "php/composer.lock" }
func (composerLock) Claims(p string) bool { return base(p) == "composer.lock" }

func (composerLock) Extract(p string, content []byte) (*Lockfile, error) {
	root, err := parseJSONTree(content)
	if err != nil {
		return nil, err
	}
	if root.Kind != '{' {
		return nil, errorf(root.Line, "composer.lock is a JSON object")
	}
	lf := &Lockfile{Format: "composer.lock", Ecosystem: "Packagist"}
	for _, section := range []string{"packages", "packages-dev"} {
		list := root.Get(section)
		if list == nil {
			continue
		}
		for _, n := range list.Items {
			name, ver := n.String("name"), n.String("version")
			if name == "" || ver == "" {
				continue
			}
			pkg := Package{Ecosystem: "Packagist", Name: name, Version: ver, Line: n.Line, Dev: section == "packages-dev"}
			dist, src := n.Get("dist"), n.Get("source")
			pkg.Integrity = dist.String("shasum")
			switch {
			case dist.String("type") == "path":
				pkg.Source, pkg.SourceKind = dist.String("url"), SourceLocal
			case strings.HasPrefix(dist.String("url"), "http://"):
				pkg.Source, pkg.SourceKind = dist.String("url"), SourceHTTP
			case dist == nil && src != nil:
				pkg.Source, pkg.Commit = src.String("url"), src.String("reference")
				pkg.SourceKind = classifySource("git+" + pkg.Source)
				if len(pkg.Commit) != 40 {
					pkg.Commit = ""
				}
			}
			lf.Packages = append(lf.Packages, pkg)
		}
	}
	return lf, nil
}
