package deps

import "strings"

// cargoLock reads Cargo.lock. Packages without a source are the workspace's own crates; what they
// depend on is direct.
type cargoLock struct{}

func (cargoLock) Name() string         { return "rust/Cargo.lock" }
func (cargoLock) Claims(p string) bool { return base(p) == "Cargo.lock" }

func (cargoLock) Extract(p string, content []byte) (*Lockfile, error) {
	var doc struct {
		Package []struct {
			Name         string   `toml:"name"`
			Version      string   `toml:"version"`
			Source       string   `toml:"source"`
			Checksum     string   `toml:"checksum"`
			Dependencies []string `toml:"dependencies"`
		} `toml:"package"`
		Metadata map[string]string `toml:"metadata"`
	}
	lines, err := decodeTOML(content, &doc)
	if err != nil {
		return nil, err
	}
	lf := &Lockfile{Format: "Cargo.lock", Ecosystem: "crates.io", HashesRequired: true}
	direct := map[string]bool{}
	for _, pk := range doc.Package {
		if pk.Source == "" {
			for _, d := range pk.Dependencies {
				fields := strings.Fields(d)
				direct[fields[0]] = true
				if len(fields) > 1 {
					direct[fields[0]+" "+fields[1]] = true
				}
			}
		}
	}
	for i, pk := range doc.Package {
		if pk.Source == "" {
			continue
		}
		pkg := Package{Ecosystem: "crates.io", Name: pk.Name, Version: pk.Version, Line: lineAt(lines, i),
			Relation: Transitive, Integrity: pk.Checksum, Source: pk.Source}
		if pk.Checksum == "" {
			// Cargo.lock v1 kept checksums in [metadata].
			pkg.Integrity = doc.Metadata["checksum "+pk.Name+" "+pk.Version+" ("+pk.Source+")"]
		}
		if direct[pk.Name+" "+pk.Version] || direct[pk.Name] {
			pkg.Relation = Direct
		}
		kind, loc, _ := strings.Cut(pk.Source, "+")
		switch kind {
		case "registry", "sparse":
			pkg.SourceKind = SourceRegistry
			if strings.HasPrefix(loc, "http://") {
				pkg.SourceKind = SourceHTTP
			}
		case "git":
			pkg.SourceKind = SourceGit
			if strings.HasPrefix(loc, "http://") || strings.HasPrefix(loc, "git://") {
				pkg.SourceKind = SourceHTTP
			}
			pkg.Commit = commitOf(loc)
		case "path":
			pkg.SourceKind = SourceLocal
		}
		lf.Packages = append(lf.Packages, pkg)
	}
	return lf, nil
}
