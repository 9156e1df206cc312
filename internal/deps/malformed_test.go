package deps

import (
	"errors"
	"strings"
	"testing"
)

func TestMalformedFilesNameTheLine(t *testing.T) {
	cases := []struct {
		path, content string
		line          int
	}{
		{"package-lock.json", "{\n  \"lockfileVersion\": 3,\n  \"packages\": {\n    \"node_modules/a\": {\"version\": }\n  }\n}\n", 4},
		{"package-lock.json", "{\n  \"packages\": {\n", 2},
		{"go.mod", "module x\n\ngo 1.22\n\nrequire (\n\tgithub.com/a/b\n)\n", 6},
		{"go.sum", "github.com/a/b v1.0.0 h1:abc=\ngarbage\n", 2},
		{"Cargo.lock", "version = 3\n\n[[package]]\nname = \"a\nversion = \"1\"\n", 4},
		{"pnpm-lock.yaml", "lockfileVersion: '9.0'\npackages:\n  a@1.0.0: {\n", 3},
		{"yarn.lock", "# yarn lockfile v1\n\nlodash@^4:\n  version \"4.17.21\"\nnot-an-entry\n", 5},
		{"gradle.lockfile", "# comment\ncom.google:guava=compileClasspath\n", 2},
		{"pom.xml", "<project>\n  <dependencies>\n    <dependency>\n  </project>\n", 4},
		{"Gemfile.lock", "GEM\n  remote: https://rubygems.org/\n  specs:\n    rack 2.0\n", 4},
	}
	for _, c := range cases {
		_, err := Extract(c.path, []byte(c.content))
		if err == nil {
			t.Errorf("%s: no error for malformed input", c.path)
			continue
		}
		var pe *ParseError
		if !errors.As(err, &pe) || pe.Line != c.line {
			t.Errorf("%s: error %q, want one naming line %d", c.path, err, c.line)
		}
	}
}

func TestGoModInvalidLinesAreSkippedNotFatal(t *testing.T) {
	lf, err := Extract("go.mod", []byte("module x\n\ngo 0.0.1\n\nrequire (\n\tgithub.com/a/b v1.0.0\n\tgithub.com/c/d v3.0.0\n)\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(lf.Packages) != 1 || lf.Packages[0].Name != "github.com/a/b" {
		t.Fatalf("packages %+v", lf.Packages)
	}
	if len(lf.Warnings) != 2 || lf.Warnings[0].Line != 3 || lf.Warnings[1].Line != 7 {
		t.Fatalf("warnings %+v", lf.Warnings)
	}
}

func TestHostileInputIsBounded(t *testing.T) {
	deep := strings.Repeat("[", 100000) + strings.Repeat("]", 100000)
	if _, err := Extract("package-lock.json", []byte(deep)); err == nil {
		t.Error("deeply nested JSON accepted")
	}
	deepXML := "<project>" + strings.Repeat("<a>", 5000) + strings.Repeat("</a>", 5000) + "</project>"
	if _, err := Extract("pom.xml", []byte(deepXML)); err == nil {
		t.Error("deeply nested XML accepted")
	}
}

func TestClaimsByPath(t *testing.T) {
	claims := map[string]string{
		"go.mod": "go/go.mod", "sub/go.sum": "go/go.sum", "a/package-lock.json": "npm/package-lock",
		"npm-shrinkwrap.json": "npm/package-lock", "yarn.lock": "npm/yarn.lock", "pnpm-lock.yaml": "npm/pnpm-lock",
		"requirements.txt": "python/requirements", "requirements-dev.txt": "python/requirements",
		"requirements/prod.txt": "", "dev-requirements.txt": "python/requirements", "poetry.lock": "python/poetry.lock",
		"Pipfile.lock": "python/Pipfile.lock", "uv.lock": "python/uv.lock", "Cargo.lock": "rust/Cargo.lock",
		"Gemfile.lock": "ruby/Gemfile.lock", "composer.lock": "php/composer.lock", "pom.xml": "java/pom.xml",
		"gradle.lockfile": "java/gradle.lockfile", "packages.lock.json": "dotnet/packages.lock.json",
		".github/workflows/ci.yml": "github/actions", "action.yml": "github/actions",
		"ci.yml": "", "package.json": "", "notes.txt": "",
	}
	for p, want := range claims {
		got := ""
		if e := For(p); e != nil {
			got = e.Name()
		}
		if got != want {
			t.Errorf("For(%q) = %q, want %q", p, got, want)
		}
	}
}

func FuzzExtract(f *testing.F) {
	for rel := range golden {
		f.Add(rel, []byte(readTestdata(f, rel)))
	}
	f.Fuzz(func(t *testing.T, rel string, data []byte) {
		e := For(rel)
		if e == nil {
			return
		}
		lf, err := e.Extract(rel, data)
		if err == nil && lf == nil {
			t.Fatal("nil lockfile without an error")
		}
	})
}
