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

type npmScheme struct{}
type npmVersion struct{ v npm.Version }

func (npmScheme) Name() string { return "npm" }
func (npmScheme) Parse(s string) (Version, error) {
	v, err := npm.NewVersion(strings.TrimSpace(s))
	if err != nil {
		return nil, &ParseError{Scheme: "npm", Version: s, Err: err}
	}
	return npmVersion{v}, nil
}
func (v npmVersion) Compare(o Version) int { return cmp.Compare(v.v.Compare(o.(npmVersion).v), 0) }

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

type gemScheme struct{}
type gemVersion struct{ v gem.Version }

func (gemScheme) Name() string { return "RubyGems" }
func (gemScheme) Parse(s string) (Version, error) {
	v, err := gem.NewVersion(strings.TrimSpace(s))
	if err != nil {
		return nil, &ParseError{Scheme: "RubyGems", Version: s, Err: err}
	}
	return gemVersion{v}, nil
}
func (v gemVersion) Compare(o Version) int { return cmp.Compare(v.v.Compare(o.(gemVersion).v), 0) }

type mavenScheme struct{}
type mavenVersion struct{ v mvn.Version }

func (mavenScheme) Name() string { return "Maven" }
func (mavenScheme) Parse(s string) (Version, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return nil, &ParseError{Scheme: "Maven", Version: s}
	}
	v, err := mvn.NewVersion(t)
	if err != nil {
		return nil, &ParseError{Scheme: "Maven", Version: s, Err: err}
	}
	return mavenVersion{v}, nil
}
func (v mavenVersion) Compare(o Version) int { return cmp.Compare(v.v.Compare(o.(mavenVersion).v), 0) }

type debScheme struct{}
type debVersion struct{ v deb.Version }

func (debScheme) Name() string { return "Debian" }
func (debScheme) Parse(s string) (Version, error) {
	v, err := deb.NewVersion(strings.TrimSpace(s))
	if err != nil {
		return nil, &ParseError{Scheme: "Debian", Version: s, Err: err}
	}
	return debVersion{v}, nil
}
func (v debVersion) Compare(o Version) int { return cmp.Compare(v.v.Compare(o.(debVersion).v), 0) }

type apkScheme struct{}
type apkVersion struct{ v apk.Version }

func (apkScheme) Name() string { return "Alpine" }
func (apkScheme) Parse(s string) (Version, error) {
	v, err := apk.NewVersion(strings.TrimSpace(s))
	if err != nil {
		return nil, &ParseError{Scheme: "Alpine", Version: s, Err: err}
	}
	return apkVersion{v}, nil
}
func (v apkVersion) Compare(o Version) int { return cmp.Compare(v.v.Compare(o.(apkVersion).v), 0) }

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
