package deps

import (
	"strings"

	"gopkg.in/yaml.v3"
)

// pnpmLock reads pnpm-lock.yaml, lockfile versions 5 ("/name/1.0.0"), 6 ("/name@1.0.0") and 9
// ("name@1.0.0" with importers and snapshots).
type pnpmLock struct{}

func (pnpmLock) Name() string         { return "npm/pnpm-lock" }
func (pnpmLock) Claims(p string) bool { return base(p) == "pnpm-lock.yaml" }

func (pnpmLock) Extract(p string, content []byte) (*Lockfile, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(content, &doc); err != nil {
		return nil, yamlError(err)
	}
	lf := &Lockfile{Format: "pnpm-lock.yaml", Ecosystem: "npm", HashesRequired: true}
	if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return lf, nil
	}
	root := doc.Content[0]
	v5 := false
	if v := yamlGet(root, "lockfileVersion"); v != nil {
		lf.Format += " v" + v.Value
		v5 = strings.HasPrefix(v.Value, "5") || strings.HasPrefix(v.Value, "4") || strings.HasPrefix(v.Value, "3")
	}
	direct := map[string]bool{}
	addDirect := func(importer *yaml.Node) {
		for _, field := range []string{"dependencies", "devDependencies", "optionalDependencies"} {
			m := yamlGet(importer, field)
			if m == nil || m.Kind != yaml.MappingNode {
				continue
			}
			for i := 0; i+1 < len(m.Content); i += 2 {
				ver := m.Content[i+1]
				if ver.Kind == yaml.MappingNode {
					ver = yamlGet(ver, "version")
				}
				if ver != nil {
					direct[m.Content[i].Value+"@"+pnpmCleanVersion(ver.Value)] = true
				}
			}
		}
	}
	addDirect(root)
	if imps := yamlGet(root, "importers"); imps != nil && imps.Kind == yaml.MappingNode {
		for i := 1; i < len(imps.Content); i += 2 {
			addDirect(imps.Content[i])
		}
	}
	pkgs := yamlGet(root, "packages")
	if pkgs == nil || pkgs.Kind != yaml.MappingNode {
		return lf, nil
	}
	for i := 0; i+1 < len(pkgs.Content); i += 2 {
		k, v := pkgs.Content[i], pkgs.Content[i+1]
		name, ver := pnpmKey(k.Value, v5)
		if n := yamlGet(v, "name"); n != nil {
			name = n.Value
		}
		if n := yamlGet(v, "version"); n != nil {
			ver = n.Value
		}
		if name == "" || ver == "" {
			continue
		}
		pkg := Package{Ecosystem: "npm", Name: name, Version: ver, Line: k.Line, Relation: Transitive}
		if d := yamlGet(v, "dev"); d != nil && d.Value == "true" {
			pkg.Dev = true
		}
		if res := yamlGet(v, "resolution"); res != nil {
			if n := yamlGet(res, "integrity"); n != nil {
				pkg.Integrity = n.Value
			}
			switch {
			case yamlGet(res, "commit") != nil:
				pkg.Commit = yamlGet(res, "commit").Value
				pkg.SourceKind = SourceGit
				if r := yamlGet(res, "repo"); r != nil {
					pkg.Source = r.Value
					if strings.HasPrefix(r.Value, "http://") || strings.HasPrefix(r.Value, "git://") {
						pkg.SourceKind = SourceHTTP
					}
				}
			case yamlGet(res, "tarball") != nil:
				pkg.Source = yamlGet(res, "tarball").Value
				pkg.SourceKind = npmSource(pkg.Source)
				if strings.HasPrefix(pkg.Source, "file:") {
					pkg.SourceKind = SourceLocal
				}
			case yamlGet(res, "directory") != nil:
				pkg.SourceKind = SourceLocal
			}
		}
		if direct[name+"@"+ver] || direct[name+"@"+pnpmCleanVersion(strings.TrimPrefix(k.Value, "/"+name+"/"))] {
			pkg.Relation = Direct
		}
		lf.Packages = append(lf.Packages, pkg)
	}
	return lf, nil
}

// pnpmKey splits a packages key into name and version for every lockfile version.
func pnpmKey(key string, v5 bool) (name, version string) {
	key = strings.TrimPrefix(key, "/")
	if !v5 {
		// v6 and v9: name@version(peer@version).
		if i := strings.Index(key, "("); i > 0 {
			key = key[:i]
		}
		if at := strings.LastIndex(key, "@"); at > 0 && !strings.Contains(key[at:], "/") {
			return key[:at], key[at+1:]
		}
	}
	// v5: name/version with an optional _peer suffix.
	if i := strings.Index(key, "_"); i > 0 {
		key = key[:i]
	}
	if sl := strings.LastIndex(key, "/"); sl > 0 {
		return key[:sl], key[sl+1:]
	}
	return "", ""
}

// pnpmCleanVersion drops peer-dependency suffixes: "1.0.0(react@18.0.0)" and "1.0.0_react@18.0.0".
func pnpmCleanVersion(v string) string {
	if i := strings.IndexAny(v, "(_"); i > 0 {
		return v[:i]
	}
	return v
}

// yamlGet returns the value of a mapping's key, or nil.
func yamlGet(m *yaml.Node, key string) *yaml.Node {
	if m == nil || m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}
