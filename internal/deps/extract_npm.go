package deps

import (
	"slices"
	"strings"
)

// npmLock reads package-lock.json and npm-shrinkwrap.json, lockfile versions 1 (nested
// "dependencies"), 2 and 3 (the flat "packages" map keyed by node_modules path).
type npmLock struct{}

func (npmLock) Name() string { return "npm/package-lock" }
func (npmLock) Claims(p string) bool {
	b := base(p)
	return b == "package-lock.json" || b == "npm-shrinkwrap.json"
}

// npmRegistryHosts are the public npm registries; a tarball path with "/-/" is the registry layout
// that private mirrors use too.
var npmRegistryHosts = []string{"registry.npmjs.org", "registry.yarnpkg.com", "registry.npmmirror.com", "npm.pkg.github.com"}

func npmSource(resolved string) SourceKind {
	k := classifySource(resolved, npmRegistryHosts...)
	if k == SourceTarball && strings.Contains(resolved, "/-/") && strings.HasSuffix(strings.SplitN(resolved, "?", 2)[0], ".tgz") {
		return SourceRegistry
	}
	return k
}

func (npmLock) Extract(p string, content []byte) (*Lockfile, error) {
	root, err := parseJSONTree(content)
	if err != nil {
		return nil, err
	}
	if root.Kind != '{' {
		return nil, errorf(root.Line, "a package lock is a JSON object")
	}
	version := root.Get("lockfileVersion")
	lf := &Lockfile{Ecosystem: "npm", HashesRequired: true}
	if pkgs := root.Get("packages"); pkgs != nil && pkgs.Kind == '{' {
		lf.Format = "package-lock.json v" + versionText(version, "2")
		npmPackages(lf, pkgs)
		return lf, nil
	}
	deps := root.Get("dependencies")
	lf.Format = "package-lock.json v" + versionText(version, "1")
	if deps != nil && deps.Kind == '{' {
		npmDependencies(lf, deps, true)
	}
	return lf, nil
}

func versionText(n *jsonNode, def string) string {
	if n != nil && n.Str != "" {
		return n.Str
	}
	return def
}

// npmPackages reads the v2/v3 "packages" map.
func npmPackages(lf *Lockfile, pkgs *jsonNode) {
	// Direct dependencies are those the root and workspace members declare.
	declared := map[string]bool{}
	for i, key := range pkgs.Keys {
		if key != "" && strings.Contains(key, "node_modules/") {
			continue
		}
		for _, field := range []string{"dependencies", "devDependencies", "optionalDependencies", "peerDependencies"} {
			if m := pkgs.Vals[i].Get(field); m != nil {
				for _, k := range m.Keys {
					declared[k] = true
				}
			}
		}
	}
	for i, key := range pkgs.Keys {
		idx := strings.LastIndex(key, "node_modules/")
		if idx < 0 {
			continue // the root project or a workspace member
		}
		n := pkgs.Vals[i]
		if n.Kind != '{' || n.Bool("link") {
			continue
		}
		name := key[idx+len("node_modules/"):]
		if real := n.String("name"); real != "" {
			name = real
		}
		ver := n.String("version")
		if ver == "" {
			continue
		}
		resolved := n.String("resolved")
		pkg := Package{
			Ecosystem: "npm", Name: name, Version: ver, Line: n.Line, Relation: Transitive,
			Dev: n.Bool("dev"), Integrity: n.String("integrity"), Source: resolved, SourceKind: npmSource(resolved),
		}
		// A top-level install (directly under a node_modules of the root or a workspace) that is
		// declared is direct; nested copies are always someone else's dependency.
		if strings.Count(key, "node_modules/") == 1 && declared[key[idx+len("node_modules/"):]] {
			pkg.Relation = Direct
		}
		if pkg.SourceKind == SourceGit {
			pkg.Commit = commitOf(resolved)
		}
		lf.Packages = append(lf.Packages, pkg)
	}
}

// npmDependencies reads the v1 nested "dependencies" tree. v1 does not say which are direct.
func npmDependencies(lf *Lockfile, deps *jsonNode, top bool) {
	for i, name := range deps.Keys {
		n := deps.Vals[i]
		if n.Kind != '{' {
			continue
		}
		ver := n.String("version")
		resolved := n.String("resolved")
		if alias, ok := strings.CutPrefix(ver, "npm:"); ok {
			// "npm:real-name@1.2.3" installs real-name under another name.
			if at := strings.LastIndex(alias, "@"); at > 0 {
				name, ver = alias[:at], alias[at+1:]
			}
		} else if strings.Contains(ver, ":") {
			// "git+https://...#commit", "file:../x": the version is a locator, not a version.
			if resolved == "" {
				resolved = ver
			}
			ver = ""
		}
		kind := npmSource(resolved)
		pkg := Package{
			Ecosystem: "npm", Name: name, Version: ver, Line: n.Line, Dev: n.Bool("dev"),
			Integrity: n.String("integrity"), Source: resolved, SourceKind: kind,
		}
		if !top {
			pkg.Relation = Transitive
		}
		if kind == SourceGit {
			pkg.Commit = commitOf(resolved)
		}
		if pkg.Version != "" || pkg.Commit != "" {
			lf.Packages = append(lf.Packages, pkg)
		}
		if sub := n.Get("dependencies"); sub != nil && sub.Kind == '{' {
			npmDependencies(lf, sub, false)
		}
	}
}

// commitOf returns the 40-hex commit after "#" (or "#commit=") in a git locator, if any.
func commitOf(locator string) string {
	_, frag, ok := strings.Cut(locator, "#")
	if !ok {
		return ""
	}
	frag = strings.TrimPrefix(frag, "commit=")
	if len(frag) == 40 && !slices.ContainsFunc([]byte(frag), func(c byte) bool {
		return !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')
	}) {
		return frag
	}
	return ""
}
