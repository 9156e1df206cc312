package deps

import (
	"slices"
	"strings"
	"testing"
)

// Each testdata file is a realistic lockfile or manifest; the expectations list every package with
// its line, relation, dev flag, source kind, hash presence and commit (see render).
var golden = map[string]struct {
	format string
	pkgs   []string
}{
	"gomod/go.mod": {"go.mod", []string{
		"8 github.com/gin-gonic/gin@1.9.1 direct",
		"9 github.com/golang-jwt/jwt/v4@4.4.1 direct",
		"10 golang.org/x/net@0.17.0 direct",
		"14 github.com/bytedance/sonic@1.9.1 transitive",
		"15 golang.org/x/crypto@0.14.0 transitive",
		"16 golang.org/x/text@0.14.0 transitive",
		"17 github.com/example/forked@0.0.0-20230101000000-abcdef123456 transitive src=local",
		"5 stdlib@1.22.4 direct",
	}},
	"npm-v3/package-lock.json": {"package-lock.json v3", []string{
		"19 express@4.17.1 direct hash",
		"27 qs@6.7.0 transitive hash",
		"32 lodash@4.17.20 direct src=plain http hash",
		"37 my-fork@2.0.0 direct src=git commit=0123456",
		"42 jest@29.7.0 direct dev",
		"47 left-pad@1.3.0 transitive src=tarball hash",
	}},
	"npm-v1/package-lock.json": {"package-lock.json v1", []string{
		"7 debug@2.6.9 unknown hash",
		"15 ms@2.0.0 transitive hash",
		"22 minimist@1.2.0 unknown",
		"26 from-git@ unknown src=git commit=89abcde",
	}},
	"yarn-v1/yarn.lock": {"yarn.lock v1", []string{
		"5 @babel/code-frame@7.12.13 unknown hash",
		"12 lodash@4.17.15 unknown hash",
		"16 minimist@1.2.5 unknown src=plain http hash",
		"21 my-lib@1.0.0 unknown src=git commit=0123456",
	}},
	"yarn-berry/yarn.lock": {"yarn.lock berry", []string{
		"8 axios@0.21.1 direct hash",
		"17 follow-redirects@1.14.0 transitive",
	}},
	"pnpm-v9/pnpm-lock.yaml": {"pnpm-lock.yaml v9.0", []string{
		"24 express@4.18.2 direct hash",
		"28 react-dom@18.2.0 direct hash",
		"33 react@18.2.0 transitive hash",
		"36 typescript@5.3.3 direct src=tarball",
	}},
	"pnpm-v6/pnpm-lock.yaml": {"pnpm-lock.yaml v6.0", []string{
		"10 axios@1.6.0 direct hash",
		"16 follow-redirects@1.15.3 transitive hash",
		"21 @types/node@20.8.0 transitive dev hash",
		"25 gitdep@1.0.0 transitive src=plain http commit=0123456",
	}},
	"pnpm-v5/pnpm-lock.yaml": {"pnpm-lock.yaml v5.4", []string{
		"11 lodash@4.17.20 direct hash",
		"15 @babel/core@7.12.3 transitive dev hash",
	}},
	"requirements/requirements.txt": {"requirements.txt", []string{
		"9 certifi@2023.7.22 transitive hash",
		"13 Django@3.2.4 direct",
		"15 requests@ direct",
		"16 urllib3@1.26.5 transitive",
		"17 internal-lib@ direct src=git commit=0123456",
		"18 pyyaml@ direct src=plain http",
	}},
	"poetry/poetry.lock": {"poetry.lock", []string{
		"3 jinja2@2.11.2 unknown hash",
		"16 markupsafe@2.1.3 unknown",
		"24 vendored-tool@0.4.0 unknown src=git commit=0123456",
	}},
	"pipfile/Pipfile.lock": {"Pipfile.lock", []string{
		"19 flask@0.12.2 unknown hash",
		"26 werkzeug@2.2.2 unknown",
		"31 pytest@7.4.0 unknown dev hash",
	}},
	"uv/uv.lock": {"uv.lock", []string{
		"4 anyio@4.4.0 direct hash",
		"27 idna@3.6 transitive",
		"32 pytest@8.2.0 direct hash",
	}},
	"cargo/Cargo.lock": {"Cargo.lock", []string{
		"13 aho-corasick@1.1.2 transitive hash",
		"22 regex@1.5.4 direct hash",
		"28 smallvec@1.6.0 direct src=git commit=0123456",
	}},
	"gemfile/Gemfile.lock": {"Gemfile.lock", []string{
		"6 activesupport@7.1.0.alpha direct src=git commit=0123456",
		"12 concurrent-ruby@1.2.2 transitive",
		"13 nokogiri@1.13.8 direct",
		"15 racc@1.7.1 transitive",
	}},
	"composer/composer.lock": {"composer.lock", []string{
		"7 guzzlehttp/guzzle@7.4.4 unknown",
		"24 phpunit/phpunit@9.5.20 unknown dev src=plain http",
	}},
	"pom/pom.xml": {"pom.xml", []string{
		"25 org.apache.logging.log4j:log4j-core@2.14.1 direct",
		"30 com.fasterxml.jackson.core:jackson-databind@2.9.10.8 direct",
		"34 junit:junit@4.12 direct dev",
	}},
	"gradle/gradle.lockfile": {"gradle.lockfile", []string{
		"4 com.google.guava:guava@31.1-jre unknown",
		"5 junit:junit@4.13.2 unknown dev",
		"6 org.yaml:snakeyaml@1.33 unknown",
	}},
	"nuget/packages.lock.json": {"packages.lock.json", []string{
		"5 Newtonsoft.Json@12.0.3 direct hash",
		"11 System.Text.Encodings.Web@4.5.0 transitive hash",
	}},
	"actions/.github/workflows/ci.yml": {"GitHub Actions workflow", []string{
		"7 actions/checkout@4.1.1 direct commit=b4ffde6",
		"8 actions/setup-go@ direct",
		"9 tj-actions/changed-files@35.7.6 direct",
		"14 example/workflows@ direct",
	}},
}

func TestExtractorsReadRealisticFiles(t *testing.T) {
	for rel, want := range golden {
		t.Run(rel, func(t *testing.T) {
			lf := extractFile(t, rel)
			if lf.Format != want.format {
				t.Errorf("format %q, want %q", lf.Format, want.format)
			}
			var got []string
			for _, p := range lf.Packages {
				got = append(got, render(p))
			}
			if !slices.Equal(got, want.pkgs) {
				t.Errorf("packages:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want.pkgs, "\n"))
			}
		})
	}
}
