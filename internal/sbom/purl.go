package sbom

import (
	"path"
	"strings"

	packageurl "github.com/package-url/packageurl-go"

	"github.com/vigil-sec/vigil/internal/deps"
)

// purlOf builds the package URL of a package (https://github.com/package-url/purl-spec).
func purlOf(p *deps.Package) string {
	version := p.Version
	if version == "" {
		version = p.Commit
	}
	var typ, ns, name string
	switch p.Ecosystem {
	case "Go":
		typ = packageurl.TypeGolang
		ns, name = path.Dir(p.Name), path.Base(p.Name)
		if ns == "." {
			ns = ""
		}
		if p.Version != "" {
			version = "v" + p.Version
		}
	case "npm":
		typ = packageurl.TypeNPM
		if strings.HasPrefix(p.Name, "@") {
			ns, name, _ = strings.Cut(p.Name, "/")
		} else {
			name = p.Name
		}
	case "PyPI":
		typ, name = packageurl.TypePyPi, deps.NormalizeName("PyPI", p.Name)
	case "crates.io":
		typ, name = packageurl.TypeCargo, p.Name
	case "RubyGems":
		typ, name = packageurl.TypeGem, p.Name
	case "Packagist":
		typ = packageurl.TypeComposer
		ns, name = splitLast(p.Name, "/")
	case "Maven":
		typ = packageurl.TypeMaven
		ns, name = splitLast(p.Name, ":")
	case "NuGet":
		typ, name = packageurl.TypeNuget, p.Name
	case "GitHub Actions":
		typ = packageurl.TypeGithub
		ns, name = splitLast(p.Name, "/")
		// The reference as the workflow writes it: a tag, a branch or a commit.
		if _, ref, ok := strings.Cut(p.Source, "@"); ok {
			version = ref
		}
	default:
		typ, name = "generic", p.Name
	}
	return packageurl.NewPackageURL(typ, ns, name, version, nil, "").ToString()
}

func splitLast(s, sep string) (string, string) {
	if i := strings.LastIndex(s, sep); i >= 0 {
		return s[:i], s[i+1:]
	}
	return "", s
}
