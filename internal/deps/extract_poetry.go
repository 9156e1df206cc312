package deps

import "strings"

// poetryLock reads poetry.lock (the files list of Poetry 1.2+ and the [metadata.files] table of
// older releases for hashes).
type poetryLock struct{}

func (poetryLock) Name() string         { return "python/poetry.lock" }
func (poetryLock) Claims(p string) bool { return base(p) == "poetry.lock" }

type poetryFile struct {
	File string `toml:"file"`
	Hash string `toml:"hash"`
}

func (poetryLock) Extract(p string, content []byte) (*Lockfile, error) {
	var doc struct {
		Package []struct {
			Name     string       `toml:"name"`
			Version  string       `toml:"version"`
			Category string       `toml:"category"`
			Files    []poetryFile `toml:"files"`
			Source   struct {
				Type              string `toml:"type"`
				URL               string `toml:"url"`
				ResolvedReference string `toml:"resolved_reference"`
			} `toml:"source"`
		} `toml:"package"`
		Metadata struct {
			Files map[string][]poetryFile `toml:"files"`
		} `toml:"metadata"`
	}
	lines, err := decodeTOML(content, &doc)
	if err != nil {
		return nil, err
	}
	lf := &Lockfile{Format: "poetry.lock", Ecosystem: "PyPI", HashesRequired: true}
	for i, pk := range doc.Package {
		pkg := Package{Ecosystem: "PyPI", Name: pk.Name, Version: pk.Version, Line: lineAt(lines, i), Dev: pk.Category == "dev"}
		files := pk.Files
		if len(files) == 0 {
			files = doc.Metadata.Files[pk.Name]
		}
		if len(files) > 0 {
			pkg.Integrity = files[0].Hash
		}
		switch pk.Source.Type {
		case "git":
			pkg.Source, pkg.SourceKind, pkg.Commit = pk.Source.URL, SourceGit, pk.Source.ResolvedReference
			if strings.HasPrefix(pk.Source.URL, "http://") || strings.HasPrefix(pk.Source.URL, "git://") {
				pkg.SourceKind = SourceHTTP
			}
		case "directory", "file":
			pkg.Source, pkg.SourceKind = pk.Source.URL, SourceLocal
		case "url":
			pkg.Source, pkg.SourceKind = pk.Source.URL, classifySource(pk.Source.URL, "files.pythonhosted.org", "pypi.org")
		case "legacy":
			// A private index; plain http is still plain http.
			if strings.HasPrefix(pk.Source.URL, "http://") {
				pkg.Source, pkg.SourceKind = pk.Source.URL, SourceHTTP
			}
		}
		lf.Packages = append(lf.Packages, pkg)
	}
	return lf, nil
}
