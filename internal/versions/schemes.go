package versions

import (
	"cmp"
	"strings"

	gem "github.com/aquasecurity/go-gem-version"
	npm "github.com/aquasecurity/go-npm-version/pkg"
	pep440 "github.com/aquasecurity/go-pep440-version"
	hcversion "github.com/hashicorp/go-version"
	apk "github.com/knqyf263/go-apk-version"
	deb "github.com/knqyf263/go-deb-version"
	mvn "github.com/masahiro331/go-mvn-version"
	"golang.org/x/mod/semver"
)

// semverScheme is SemVer 2.0 through golang.org/x/mod/semver, which wants a "v" prefix. Build
// metadata does not take part in the ordering, as the specification says.
type semverScheme struct{}

type semverVersion string

func (semverScheme) Name() string { return "SemVer" }

func (semverScheme) Parse(s string) (Version, error) {
	v := strings.TrimSpace(s)
	if !strings.HasPrefix(v, "v") {
		v = "v" + v
	}
	if !semver.IsValid(v) {
		return nil, &ParseError{Scheme: "SemVer", Version: s}
	}
	return semverVersion(v), nil
}

// Canonical drops the "v" that x/mod/semver needs and any build metadata.
func (v semverVersion) Canonical() string {
	return strings.TrimPrefix(semver.Canonical(string(v)), "v")
}

func (v semverVersion) Compare(o Version) int {
	return semver.Compare(string(v), string(o.(semverVersion)))
}

// goScheme orders Go module versions: SemVer with an optional "v" and pseudo-versions, which are
// SemVer pre-releases and so sort before the release they precede. The standard library's
// "go1.21.3" form is accepted too.
type goScheme struct{}

func (goScheme) Name() string { return "Go" }

func (goScheme) Parse(s string) (Version, error) {
	v := strings.TrimPrefix(strings.TrimSpace(s), "go")
	out, err := semverScheme{}.Parse(v)
	if err != nil {
		return nil, &ParseError{Scheme: "Go", Version: s}
	}
	return out, nil
}

// comparer is a library's version type, which compares itself with its own kind.
type comparer[T any] interface{ Compare(T) int }

// libScheme adapts a version library: its parser and its type's own ordering.
type libScheme[T comparer[T]] struct {
	name  string
	parse func(string) (T, error)
}

type libVersion[T comparer[T]] struct{ v T }

func (s libScheme[T]) Name() string { return s.name }

func (s libScheme[T]) Parse(str string) (Version, error) {
	t := strings.TrimSpace(str)
	if t == "" {
		return nil, &ParseError{Scheme: s.name, Version: str}
	}
	v, err := s.parse(t)
	if err != nil {
		return nil, &ParseError{Scheme: s.name, Version: str, Err: err}
	}
	return libVersion[T]{v}, nil
}

func (v libVersion[T]) Compare(o Version) int {
	return cmp.Compare(v.v.Compare(o.(libVersion[T]).v), 0)
}

var (
	npmScheme   = libScheme[npm.Version]{"npm", npm.NewVersion}
	gemScheme   = libScheme[gem.Version]{"RubyGems", gem.NewVersion}
	mavenScheme = libScheme[mvn.Version]{"Maven", mvn.NewVersion}
	apkScheme   = libScheme[apk.Version]{"Alpine", apk.NewVersion}
	debScheme   = libScheme[debVersion]{"Debian", func(s string) (debVersion, error) {
		v, err := deb.NewVersion(s)
		return debVersion{v}, err
	}}
)

// debVersion gives go-deb-version's pointer-receiver Compare a value receiver.
type debVersion struct{ deb.Version }

func (v debVersion) Compare(o debVersion) int { return v.Version.Compare(o.Version) }

// pep440Scheme has a normal form besides its ordering.
type pep440Scheme struct{}
type pep440Version struct{ v pep440.Version }

func (pep440Scheme) Name() string { return "PEP 440" }
func (pep440Scheme) Parse(s string) (Version, error) {
	v, err := pep440.Parse(strings.TrimSpace(s))
	if err != nil {
		return nil, &ParseError{Scheme: "PEP 440", Version: s, Err: err}
	}
	return pep440Version{v}, nil
}

// Canonical is the PEP 440 normal form.
func (v pep440Version) Canonical() string { return v.v.String() }

func (v pep440Version) Compare(o Version) int {
	return cmp.Compare(v.v.Compare(o.(pep440Version).v), 0)
}

// genericScheme orders dotted numeric versions with optional pre-release tags (NuGet's four-part
// versions, Packagist tags, action tags such as "v4"). hashicorp/go-version accepts any number of
// segments and a leading "v".
type genericScheme struct{ name string }
type genericVersion struct{ v *hcversion.Version }

func (g genericScheme) Name() string { return g.name }
func (g genericScheme) Parse(s string) (Version, error) {
	v, err := hcversion.NewVersion(strings.TrimSpace(s))
	if err != nil {
		return nil, &ParseError{Scheme: g.name, Version: s, Err: err}
	}
	return genericVersion{v}, nil
}
func (v genericVersion) Compare(o Version) int {
	return cmp.Compare(v.v.Compare(o.(genericVersion).v), 0)
}
