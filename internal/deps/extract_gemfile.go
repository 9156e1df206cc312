package deps

import (
	"strings"
)

// gemfileLock reads Gemfile.lock: the GEM, GIT and PATH sections' specs (four-space indented
// "name (version)"), DEPENDENCIES for the direct ones and, from Bundler 2.5, CHECKSUMS.
type gemfileLock struct{}

func (gemfileLock) Name() string { return "ruby/Gemfile.lock" }
func (gemfileLock) Claims(p string) bool {
	b := base(p)
	return b == "Gemfile.lock" || b == "gems.locked"
}

func (gemfileLock) Extract(p string, content []byte) (*Lockfile, error) {
	lf := &Lockfile{Format: "Gemfile.lock", Ecosystem: "RubyGems"}
	var section, remote, revision string
	var sectionPkgs []int
	direct := map[string]bool{}
	checksums := map[string]string{}
	closeSection := func() {
		for _, i := range sectionPkgs {
			pkg := &lf.Packages[i]
			switch section {
			case "GIT":
				pkg.Source, pkg.Commit = remote, revision
				pkg.SourceKind = classifySource("git+" + remote)
			case "PATH":
				pkg.Source, pkg.SourceKind = remote, SourceLocal
			case "GEM":
				if strings.HasPrefix(remote, "http://") {
					pkg.Source, pkg.SourceKind = remote, SourceHTTP
				}
			}
		}
		sectionPkgs = nil
	}
	for i, raw := range strings.Split(string(content), "\n") {
		line := strings.TrimRight(raw, "\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		indent := len(line) - len(strings.TrimLeft(line, " "))
		text := strings.TrimSpace(line)
		if indent == 0 {
			closeSection()
			section, remote, revision = text, "", ""
			continue
		}
		switch section {
		case "GEM", "GIT", "PATH", "PLUGIN SOURCE":
			switch {
			case indent == 2 && strings.HasPrefix(text, "remote:"):
				remote = strings.TrimSpace(strings.TrimPrefix(text, "remote:"))
			case indent == 2 && strings.HasPrefix(text, "revision:"):
				revision = strings.TrimSpace(strings.TrimPrefix(text, "revision:"))
			case indent == 4:
				name, ver, ok := gemSpec(text)
				if !ok {
					return nil, errorf(i+1, "a spec line is `name (version)`")
				}
				if section == "PLUGIN SOURCE" {
					continue
				}
				lf.Packages = append(lf.Packages, Package{Ecosystem: "RubyGems", Name: name, Version: ver, Line: i + 1, Relation: Transitive})
				sectionPkgs = append(sectionPkgs, len(lf.Packages)-1)
			}
		case "DEPENDENCIES":
			name, _, _ := strings.Cut(text, " ")
			direct[strings.TrimSuffix(name, "!")] = true
		case "CHECKSUMS":
			name, ver, _ := gemSpec(text)
			if _, sum, ok := strings.Cut(text, ") "); ok {
				checksums[name+"@"+ver] = strings.TrimSpace(sum)
			}
		}
	}
	closeSection()
	for i := range lf.Packages {
		pkg := &lf.Packages[i]
		if direct[pkg.Name] {
			pkg.Relation = Direct
		}
		pkg.Integrity = checksums[pkg.Name+"@"+pkg.Version]
	}
	return lf, nil
}

// gemSpec splits "name (1.2.3-x86_64-linux)" into the name and the version without platform.
func gemSpec(text string) (name, version string, ok bool) {
	name, rest, ok := strings.Cut(text, " (")
	if !ok || !strings.Contains(rest, ")") {
		return text, "", false
	}
	version = rest[:strings.Index(rest, ")")]
	if i := strings.Index(version, "-"); i > 0 {
		version = version[:i]
	}
	return name, version, true
}
