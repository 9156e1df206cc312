package depcheck

import (
	"bytes"
	"encoding/json"
	"path"
	"regexp"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/vigil-sec/vigil/internal/deps"
)

// manifest is a dependency manifest that declares dependencies, with the lockfiles that would pin
// them.
type manifest struct {
	Path string
	Kind string
	// Line is where the dependencies are declared.
	Line int
	// Count is how many dependencies the manifest declares; a manifest with none needs no lockfile.
	Count int
	// Ecosystem and Names (normalized) are the declared packages: they tell the direct entries of
	// a lockfile that does not say itself (package-lock v1, yarn v1, poetry, Pipfile.lock,
	// composer.lock).
	Ecosystem string
	Names     map[string]bool
	// Lockfiles are the names that satisfy it, searched in its folder and the folders above
	// (workspaces keep one lockfile at their root).
	Lockfiles []string
}

// manifestKind names the manifests this analyzer checks. Maven and Gradle builds are left out:
// neither tool needs a lockfile, so their absence is normal.
func manifestKind(name string) string {
	switch name {
	case "package.json", "Pipfile", "pyproject.toml", "Cargo.toml", "Gemfile", "composer.json":
		return name
	}
	return ""
}

var (
	gemLine     = regexp.MustCompile(`(?m)^[ \t]*gem[ \t]+['"]([^'"]+)`)
	pep508Name  = regexp.MustCompile(`^\s*([A-Za-z0-9][A-Za-z0-9._-]*)`)
	pipfileDeps = regexp.MustCompile(`(?m)^\[(packages|dev-packages)\]`)
)

// readManifest counts a manifest's declared dependencies; nil when it declares none (or cannot be
// read: the lockfile check is not the place to report a broken manifest).
func readManifest(p, kind string, content []byte) *manifest {
	m := &manifest{Path: p, Kind: kind, Names: map[string]bool{}}
	name := func(eco, n string) {
		m.Ecosystem = eco
		m.Names[deps.NormalizeName(eco, n)] = true
	}
	switch kind {
	case "package.json":
		var doc map[string]json.RawMessage
		if json.Unmarshal(content, &doc) != nil {
			return nil
		}
		for _, k := range []string{"dependencies", "devDependencies", "optionalDependencies", "peerDependencies"} {
			var declared map[string]string
			if json.Unmarshal(doc[k], &declared) == nil && len(declared) > 0 {
				for n := range declared {
					name("npm", n)
				}
				if k == "peerDependencies" {
					continue // installed by the consumer, not pinned here
				}
				m.Count += len(declared)
				if m.Line == 0 {
					m.Line = keyLine(content, `"`+k+`"`)
				}
			}
		}
		m.Lockfiles = []string{"package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lockb", "bun.lock"}
	case "composer.json":
		var doc struct {
			Require    map[string]string `json:"require"`
			RequireDev map[string]string `json:"require-dev"`
		}
		if json.Unmarshal(content, &doc) != nil {
			return nil
		}
		for n := range doc.Require {
			// The PHP version and extensions are platform requirements, not packages.
			if n != "php" && !strings.HasPrefix(n, "ext-") && !strings.HasPrefix(n, "lib-") {
				m.Count++
				name("Packagist", n)
			}
		}
		for n := range doc.RequireDev {
			name("Packagist", n)
		}
		m.Count += len(doc.RequireDev)
		m.Line = keyLine(content, `"require"`)
		m.Lockfiles = []string{"composer.lock"}
	case "Cargo.toml":
		var doc map[string]any
		if toml.Unmarshal(content, &doc) != nil {
			return nil
		}
		for _, k := range []string{"dependencies", "dev-dependencies", "build-dependencies"} {
			if t, ok := doc[k].(map[string]any); ok && len(t) > 0 {
				for n := range t {
					name("crates.io", n)
				}
				m.Count += len(t)
				if m.Line == 0 {
					m.Line = keyLine(content, "["+k+"]")
				}
			}
		}
		m.Lockfiles = []string{"Cargo.lock"}
	case "pyproject.toml":
		var doc struct {
			Tool struct {
				Poetry *struct {
					Dependencies map[string]any `toml:"dependencies"`
				} `toml:"poetry"`
				UV map[string]any `toml:"uv"`
			} `toml:"tool"`
			Project struct {
				Dependencies []string `toml:"dependencies"`
			} `toml:"project"`
		}
		if toml.Unmarshal(content, &doc) != nil {
			return nil
		}
		for _, req := range doc.Project.Dependencies {
			if mm := pep508Name.FindStringSubmatch(req); mm != nil {
				name("PyPI", mm[1])
			}
		}
		if doc.Tool.Poetry != nil {
			for n := range doc.Tool.Poetry.Dependencies {
				if n != "python" {
					name("PyPI", n)
				}
			}
		}
		// Only projects managed by a locking tool are expected to commit its lockfile; a library's
		// pyproject.toml alone is normal.
		switch {
		case doc.Tool.Poetry != nil:
			m.Count = len(doc.Tool.Poetry.Dependencies) - 1 // "python" is not a package
			m.Line = keyLine(content, "[tool.poetry.dependencies]")
			m.Lockfiles = []string{"poetry.lock"}
		case doc.Tool.UV != nil:
			m.Count = len(doc.Project.Dependencies)
			m.Line = keyLine(content, "dependencies")
			m.Lockfiles = []string{"uv.lock"}
		}
	case "Pipfile":
		var doc map[string]any // [[source]] is a list, [packages] a table
		if toml.Unmarshal(content, &doc) != nil {
			return nil
		}
		for _, sec := range []string{"packages", "dev-packages"} {
			t, _ := doc[sec].(map[string]any)
			for n := range t {
				name("PyPI", n)
				m.Count++
			}
		}
		if loc := pipfileDeps.FindIndex(content); loc != nil {
			m.Line = bytes.Count(content[:loc[0]], []byte{'\n'}) + 1
		}
		m.Lockfiles = []string{"Pipfile.lock"}
	case "Gemfile":
		if loc := gemLine.FindIndex(content); loc != nil {
			m.Line = bytes.Count(content[:loc[0]], []byte{'\n'}) + 1
		}
		for _, mm := range gemLine.FindAllSubmatch(content, -1) {
			name("RubyGems", string(mm[1]))
			m.Count++
		}
		m.Lockfiles = []string{"Gemfile.lock", "gems.locked"}
	}
	if m.Count <= 0 && len(m.Names) == 0 {
		return nil
	}
	if m.Line == 0 {
		m.Line = 1
	}
	return m
}

// keyLine is the line of the first occurrence of key, or 1.
func keyLine(content []byte, key string) int {
	i := bytes.Index(content, []byte(key))
	if i < 0 {
		return 1
	}
	return bytes.Count(content[:i], []byte{'\n'}) + 1
}

// markDirect settles the relation of lockfile entries whose format does not record it: an entry
// the manifest beside the lockfile declares is direct, any other is transitive.
func markDirect(lockfiles []*deps.Lockfile, manifests []*manifest) {
	byDir := map[string][]*manifest{}
	for _, m := range manifests {
		byDir[path.Dir(m.Path)] = append(byDir[path.Dir(m.Path)], m)
	}
	for _, lf := range lockfiles {
		for _, m := range byDir[path.Dir(lf.Path)] {
			if m.Ecosystem != lf.Ecosystem || len(m.Names) == 0 {
				continue
			}
			for i := range lf.Packages {
				pk := &lf.Packages[i]
				if pk.Relation != deps.RelationUnknown {
					continue
				}
				pk.Relation = deps.Transitive
				if m.Names[deps.NormalizeName(pk.Ecosystem, pk.Name)] {
					pk.Relation = deps.Direct
				}
			}
		}
	}
}
