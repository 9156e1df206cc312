package depcheck

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strings"

	"github.com/BurntSushi/toml"
)

// manifest is a dependency manifest that declares dependencies, with the lockfiles that would pin
// them.
type manifest struct {
	Path string
	Kind string
	// Line is where the dependencies are declared.
	Line int
	// Count is how many dependencies the manifest declares.
	Count int
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
	gemLine     = regexp.MustCompile(`(?m)^[ \t]*gem[ \t]+['"]`)
	pipfileDeps = regexp.MustCompile(`(?m)^\[(packages|dev-packages)\]`)
)

// readManifest counts a manifest's declared dependencies; nil when it declares none (or cannot be
// read: the lockfile check is not the place to report a broken manifest).
func readManifest(p, kind string, content []byte) *manifest {
	m := &manifest{Path: p, Kind: kind}
	switch kind {
	case "package.json":
		var doc map[string]json.RawMessage
		if json.Unmarshal(content, &doc) != nil {
			return nil
		}
		for _, k := range []string{"dependencies", "devDependencies", "optionalDependencies"} {
			var deps map[string]string
			if json.Unmarshal(doc[k], &deps) == nil && len(deps) > 0 {
				m.Count += len(deps)
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
		for name := range doc.Require {
			// The PHP version and extensions are platform requirements, not packages.
			if name != "php" && !strings.HasPrefix(name, "ext-") && !strings.HasPrefix(name, "lib-") {
				m.Count++
			}
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
		if loc := pipfileDeps.FindIndex(content); loc != nil {
			m.Count = 1
			m.Line = bytes.Count(content[:loc[0]], []byte{'\n'}) + 1
		}
		m.Lockfiles = []string{"Pipfile.lock"}
	case "Gemfile":
		if loc := gemLine.FindIndex(content); loc != nil {
			m.Count = len(gemLine.FindAllIndex(content, -1))
			m.Line = bytes.Count(content[:loc[0]], []byte{'\n'}) + 1
		}
		m.Lockfiles = []string{"Gemfile.lock", "gems.locked"}
	}
	if m.Count <= 0 {
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
