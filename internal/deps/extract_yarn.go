package deps

import (
	"bytes"
	"strings"

	"gopkg.in/yaml.v3"
)

// yarnLock reads yarn.lock, both the classic v1 format and the YAML of Yarn 2+ ("berry").
type yarnLock struct{}

func (yarnLock) Name() string         { return "npm/yarn.lock" }
func (yarnLock) Claims(p string) bool { return base(p) == "yarn.lock" }

func (yarnLock) Extract(p string, content []byte) (*Lockfile, error) {
	if bytes.Contains(content, []byte("\n__metadata:")) || bytes.HasPrefix(content, []byte("__metadata:")) {
		return yarnBerry(content)
	}
	return yarnClassic(content)
}

// yarnDescriptorName returns the package name of a descriptor "name@range" (the name may start with
// "@"), following "npm:" aliases to the real package.
func yarnDescriptorName(desc string) (name, rng string) {
	desc = strings.Trim(strings.TrimSpace(desc), `"`)
	at := strings.Index(desc[min(1, len(desc)):], "@")
	if at < 0 {
		return desc, ""
	}
	at++
	name, rng = desc[:at], desc[at+1:]
	if alias, ok := strings.CutPrefix(rng, "npm:"); ok && strings.Contains(alias[min(1, len(alias)):], "@") {
		return yarnDescriptorName(alias)
	}
	return name, rng
}

type yarnEntry struct {
	line              int
	key               string
	version, resolved string
	integrity         string
	deps              []string
	workspace         bool
}

// yarnClassic parses the v1 format: unindented entry keys ending in ":", two-space indented
// `field value` lines and four-space indented dependency lists.
func yarnClassic(content []byte) (*Lockfile, error) {
	lf := &Lockfile{Format: "yarn.lock v1", Ecosystem: "npm", HashesRequired: true}
	var cur *yarnEntry
	flush := func() {
		if cur == nil || cur.version == "" {
			return
		}
		name, rng := yarnDescriptorName(strings.Split(cur.key, ",")[0])
		yarnAdd(lf, cur, name, rng)
	}
	for i, raw := range strings.Split(string(content), "\n") {
		line := strings.TrimRight(raw, "\r")
		trimmed := strings.TrimSpace(line)
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		indent := len(line) - len(strings.TrimLeft(line, " "))
		switch {
		case indent == 0:
			if !strings.HasSuffix(trimmed, ":") {
				return nil, errorf(i+1, "yarn.lock entry keys end with \":\"")
			}
			flush()
			cur = &yarnEntry{line: i + 1, key: strings.TrimSuffix(trimmed, ":")}
		case cur == nil:
			return nil, errorf(i+1, "indented line outside an entry")
		case indent == 2:
			field, value, _ := strings.Cut(trimmed, " ")
			value = strings.Trim(strings.TrimSpace(value), `"`)
			switch field {
			case "version":
				cur.version = value
			case "resolved":
				cur.resolved = value
			case "integrity":
				cur.integrity = value
			}
		}
	}
	flush()
	return lf, nil
}

func yarnAdd(lf *Lockfile, e *yarnEntry, name, rng string) {
	src := e.resolved
	kind := npmSource(strings.SplitN(src, "#", 2)[0])
	if strings.HasPrefix(rng, "git") || strings.HasPrefix(rng, "github:") || strings.Contains(rng, ".git#") {
		kind = classifySource(rng)
		if src == "" {
			src = rng
		}
	}
	if strings.HasPrefix(rng, "file:") || strings.HasPrefix(rng, "link:") || strings.HasPrefix(rng, "portal:") {
		kind = SourceLocal
	}
	integrity := e.integrity
	if integrity == "" {
		// Classic yarn keeps a sha1 of the tarball after "#" in the resolved URL.
		if _, frag, ok := strings.Cut(e.resolved, "#"); ok && len(frag) == 40 && kind == SourceRegistry {
			integrity = "sha1:" + frag
		}
	}
	pkg := Package{Ecosystem: "npm", Name: name, Version: e.version, Line: e.line, Integrity: integrity, Source: src, SourceKind: kind}
	if kind == SourceGit {
		pkg.Commit = commitOf(src)
	}
	lf.Packages = append(lf.Packages, pkg)
}

// yarnBerry parses the YAML lockfile of Yarn 2 and later. Workspace entries are the project's own
// packages: their dependencies are the direct ones.
func yarnBerry(content []byte) (*Lockfile, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(content, &doc); err != nil {
		return nil, yamlError(err)
	}
	lf := &Lockfile{Format: "yarn.lock berry", Ecosystem: "npm", HashesRequired: true}
	if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return lf, nil
	}
	m := doc.Content[0]
	var entries []*yarnEntry
	direct := map[string]bool{}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		if k.Value == "__metadata" || v.Kind != yaml.MappingNode {
			continue
		}
		e := &yarnEntry{line: k.Line, key: k.Value}
		for j := 0; j+1 < len(v.Content); j += 2 {
			fk, fv := v.Content[j].Value, v.Content[j+1]
			switch fk {
			case "version":
				e.version = fv.Value
			case "resolution":
				e.resolved = fv.Value
			case "checksum":
				e.integrity = fv.Value
			case "dependencies", "peerDependencies":
				for d := 0; d+1 < len(fv.Content); d += 2 {
					e.deps = append(e.deps, fv.Content[d].Value)
				}
			}
		}
		_, rng := yarnDescriptorName(e.resolved)
		if strings.HasPrefix(rng, "workspace:") {
			e.workspace = true
			for _, d := range e.deps {
				direct[d] = true
			}
		}
		entries = append(entries, e)
	}
	for _, e := range entries {
		if e.workspace || e.version == "" {
			continue
		}
		name, rng := yarnDescriptorName(e.resolved)
		if name == "" {
			name, rng = yarnDescriptorName(strings.Split(e.key, ",")[0])
		}
		pkg := Package{Ecosystem: "npm", Name: name, Version: e.version, Line: e.line, Integrity: e.integrity, Relation: Transitive}
		switch {
		case strings.HasPrefix(rng, "npm:"):
			pkg.SourceKind = SourceRegistry
		case strings.HasPrefix(rng, "patch:"):
			pkg.SourceKind = SourceLocal
		default:
			pkg.Source = rng
			pkg.SourceKind = classifySource(rng, npmRegistryHosts...)
			if pkg.SourceKind == SourceGit || strings.Contains(rng, "#commit=") {
				pkg.SourceKind = SourceGit
				pkg.Commit = commitOf(rng)
			}
		}
		for _, d := range strings.Split(e.key, ",") {
			if n, _ := yarnDescriptorName(d); direct[n] {
				pkg.Relation = Direct
			}
		}
		lf.Packages = append(lf.Packages, pkg)
	}
	return lf, nil
}
