// Package versions orders the version strings of each package ecosystem the way that ecosystem's
// own tools do: SemVer 2.0, Go modules (with pseudo-versions), npm, PEP 440, Maven, RubyGems, NuGet,
// Packagist, Debian and Alpine. Each scheme is a well-kept library made for it; this package only
// picks the right one and gives them a common shape.
package versions

import (
	"fmt"
	"strings"
)

// Version is a parsed version. Compare only versions that came from the same Scheme.
type Version interface {
	// Compare returns -1, 0 or +1 as the receiver is lower than, equal to or higher than o.
	Compare(o Version) int
}

// Canonicaler is implemented by versions that have a normal form, the spelling a registry records
// ("1.0.0-alpha1" is "1.0.0a1" in PEP 440; SemVer build metadata is dropped).
type Canonicaler interface {
	Canonical() string
}

// Scheme parses the versions of one ecosystem.
type Scheme interface {
	Name() string
	Parse(s string) (Version, error)
}

// Ecosystem names as the OSV schema spells them.
const (
	Go            = "Go"
	Npm           = "npm"
	PyPI          = "PyPI"
	CratesIO      = "crates.io"
	RubyGems      = "RubyGems"
	Packagist     = "Packagist"
	Maven         = "Maven"
	NuGet         = "NuGet"
	GitHubActions = "GitHub Actions"
	Debian        = "Debian"
	Alpine        = "Alpine"
	Pub           = "Pub"
	Hex           = "Hex"
)

// SemVer is strict Semantic Versioning 2.0, the ordering of OSV's SEMVER ranges.
var SemVer Scheme = semverScheme{}

// For returns the ordering of an OSV ecosystem. An ecosystem may carry a suffix (":12" for a
// Debian release, ":v3.18" for Alpine); it is ignored. Unknown ecosystems fall back to a generic
// dotted-number ordering and ok is false.
func For(ecosystem string) (s Scheme, ok bool) {
	base, _, _ := strings.Cut(ecosystem, ":")
	switch base {
	case Go:
		return goScheme{}, true
	case Npm:
		return npmScheme, true
	case PyPI:
		return pep440Scheme{}, true
	case CratesIO, Pub, Hex:
		return SemVer, true
	case RubyGems:
		return gemScheme, true
	case Maven:
		return mavenScheme, true
	case NuGet, Packagist, GitHubActions:
		return genericScheme{name: base}, true
	case Debian, "Ubuntu":
		return debScheme, true
	case Alpine:
		return apkScheme, true
	}
	return genericScheme{name: "generic"}, false
}

// Compare parses both strings with the scheme and compares them.
func Compare(s Scheme, a, b string) (int, error) {
	va, err := s.Parse(a)
	if err != nil {
		return 0, err
	}
	vb, err := s.Parse(b)
	if err != nil {
		return 0, err
	}
	return va.Compare(vb), nil
}

// ParseError says that a string is not a version of a scheme.
type ParseError struct {
	Scheme  string
	Version string
	Err     error
}

func (e *ParseError) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("%q is not a valid %s version: %v", e.Version, e.Scheme, e.Err)
	}
	return fmt.Sprintf("%q is not a valid %s version", e.Version, e.Scheme)
}

func (e *ParseError) Unwrap() error { return e.Err }
