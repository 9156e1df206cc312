// Package deps reads lockfiles and manifests into a normalized inventory of packages, in the manner
// of osv-scalibr's extractors: each Extractor makes a cheap claim on a file by its path, then parses
// it. Every package keeps the line it is written on, whether it is a direct or a transitive
// dependency where the format says so, its integrity hash and where it was resolved from.
package deps

import (
	"fmt"
	"path"
	"strings"
)

// Relation says how a package reaches the project.
type Relation int

// Relations. Unknown is for formats that do not say.
const (
	RelationUnknown Relation = iota
	Direct
	Transitive
)

func (r Relation) String() string {
	switch r {
	case Direct:
		return "direct"
	case Transitive:
		return "transitive"
	}
	return "unknown"
}

// SourceKind classifies where a package was resolved from.
type SourceKind int

// Source kinds. Registry is the ecosystem's package registry (the safe default).
const (
	SourceRegistry SourceKind = iota
	SourceGit                 // a git repository (git+https://, github:owner/repo, a commit)
	SourceTarball             // an archive URL outside the registry
	SourceHTTP                // anything fetched over plain http://
	SourceLocal               // a path on disk, a workspace member, a link
)

func (k SourceKind) String() string {
	return [...]string{"registry", "git", "tarball", "plain http", "local"}[k]
}

// Package is one resolved dependency as a lockfile or manifest records it.
type Package struct {
	// Ecosystem is the OSV ecosystem name ("Go", "npm", "PyPI" ...).
	Ecosystem string
	// Name is the package's name in its ecosystem ("lodash", "github.com/gin-gonic/gin",
	// "org.apache.logging.log4j:log4j-core", "actions/checkout").
	Name string
	// Version is the resolved version in the ecosystem's own form, without Go's "v" prefix.
	Version string
	// Commit is set for packages pinned to a git commit.
	Commit string
	// Line is where the package is written (1-based).
	Line     int
	Relation Relation
	// Dev is set for development-only dependencies, where the format says so.
	Dev bool
	// Integrity is the recorded hash ("sha512-...", "h1:...", "sha256:..."), empty when none.
	Integrity string
	// Source is the URL or locator the package was resolved from, when the format records one.
	Source     string
	SourceKind SourceKind
}

// Key identifies a package version across files.
func (p *Package) Key() string { return p.Ecosystem + "/" + p.Name + "@" + p.Version }

// Lockfile is what an extractor read from one file.
type Lockfile struct {
	Path string
	// Format names the file format and version ("package-lock.json v3").
	Format    string
	Ecosystem string
	Packages  []Package
	// HashesRequired is set for formats where every entry is expected to carry a hash (npm, yarn,
	// pnpm, Cargo, poetry, uv, Pipfile.lock, NuGet); requirements files report hashes per line.
	HashesRequired bool
	// GoSum holds "module version" keys of a go.sum file, for the go.mod check.
	GoSum map[string]bool
	// Unpinned counts requirements without an exact version (requirements files only).
	Unpinned int
	// Warnings are parts of the file that were not understood, with their lines.
	Warnings []Warning
}

// Warning is a part of a file an extractor skipped.
type Warning struct {
	Line   int
	Reason string
}

// Extractor reads one family of files.
type Extractor interface {
	// Name is stable ("npm/package-lock", "python/requirements").
	Name() string
	// Claims decides by the slash-separated path alone whether the extractor reads the file.
	Claims(p string) bool
	// Extract parses the file. Errors name the line where they can.
	Extract(p string, content []byte) (*Lockfile, error)
}

// Extractors lists every extractor, in one place.
func Extractors() []Extractor {
	return []Extractor{
		goMod{}, goSum{},
		npmLock{}, yarnLock{}, pnpmLock{},
		requirements{}, poetryLock{}, pipfileLock{}, uvLock{},
		cargoLock{}, gemfileLock{}, composerLock{},
		pomXML{}, gradleLock{}, nugetLock{},
		actionsUses{},
	}
}

// For returns the extractor that claims a path, or nil.
func For(p string) Extractor {
	for _, e := range Extractors() {
		if e.Claims(p) {
			return e
		}
	}
	return nil
}

// Extract finds the extractor for a path and runs it; a nil Lockfile and no error means no
// extractor claims the file.
func Extract(p string, content []byte) (*Lockfile, error) {
	e := For(p)
	if e == nil {
		return nil, nil
	}
	lf, err := e.Extract(p, content)
	if err != nil {
		return nil, err
	}
	lf.Path = p
	return lf, nil
}

// ParseError is an extraction error tied to a line.
type ParseError struct {
	Line int
	Err  error
}

func (e *ParseError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("line %d: %v", e.Line, e.Err)
	}
	return e.Err.Error()
}

func (e *ParseError) Unwrap() error { return e.Err }

func errorf(line int, format string, args ...any) error {
	return &ParseError{Line: line, Err: fmt.Errorf(format, args...)}
}

// base is the file name of a slash path.
func base(p string) string { return path.Base(p) }

// classifySource decides the kind of a resolved URL or locator. registryHosts are the hosts that
// count as the ecosystem's registry.
func classifySource(src string, registryHosts ...string) SourceKind {
	s := strings.TrimSpace(src)
	l := strings.ToLower(s)
	switch {
	case s == "":
		return SourceRegistry
	case strings.HasPrefix(l, "git+") || strings.HasPrefix(l, "git://") || strings.HasPrefix(l, "git@") ||
		strings.HasPrefix(l, "github:") || strings.HasPrefix(l, "gitlab:") || strings.HasPrefix(l, "bitbucket:") ||
		strings.HasPrefix(l, "ssh://") || strings.HasSuffix(strings.SplitN(l, "#", 2)[0], ".git"):
		if strings.HasPrefix(l, "git+http://") || strings.HasPrefix(l, "git://") {
			return SourceHTTP
		}
		return SourceGit
	case strings.HasPrefix(l, "file:") || strings.HasPrefix(l, "link:") || strings.HasPrefix(l, "workspace:") ||
		strings.HasPrefix(l, "portal:") || strings.HasPrefix(l, "./") || strings.HasPrefix(l, "../") || strings.HasPrefix(l, "/"):
		return SourceLocal
	case strings.HasPrefix(l, "http://"):
		return SourceHTTP
	case strings.HasPrefix(l, "https://"):
		host := strings.SplitN(strings.TrimPrefix(l, "https://"), "/", 2)[0]
		if i := strings.LastIndex(host, "@"); i >= 0 {
			host = host[i+1:]
		}
		for _, h := range registryHosts {
			if host == h || strings.HasSuffix(host, "."+h) {
				return SourceRegistry
			}
		}
		return SourceTarball
	}
	return SourceRegistry
}

// NormalizeName is the form in which two names of an ecosystem compare equal: PyPI names per
// PEP 503 (case-insensitive, runs of "-", "_" and "." alike); names in ecosystems that ignore case
// (NuGet, Packagist, GitHub Actions) in lower case; others as written.
func NormalizeName(ecosystem, name string) string {
	base, _, _ := strings.Cut(ecosystem, ":")
	switch base {
	case "PyPI":
		var b strings.Builder
		dash := false
		for _, r := range strings.ToLower(strings.TrimSpace(name)) {
			if r == '-' || r == '_' || r == '.' {
				if !dash {
					b.WriteByte('-')
				}
				dash = true
				continue
			}
			dash = false
			b.WriteRune(r)
		}
		return b.String()
	case "NuGet", "Packagist", "GitHub Actions":
		return strings.ToLower(name)
	}
	return name
}
