package versions

import "testing"

func TestOrderingPerEcosystem(t *testing.T) {
	cases := []struct {
		eco  string
		a, b string
		want int
	}{
		// Go: pseudo-versions sort before the release they precede, after the previous one.
		{Go, "v1.2.3", "1.2.3", 0},
		{Go, "0.0.0-20200101000000-abcdef123456", "0.0.1", -1},
		{Go, "1.2.4-0.20210101000000-abcdef123456", "1.2.3", 1},
		{Go, "1.2.4-0.20210101000000-abcdef123456", "1.2.4", -1},
		{Go, "go1.21.3", "1.21.10", -1},
		{Go, "1.21", "1.21.0", 0},
		// npm: pre-releases sort before the release; numeric identifiers numerically.
		{Npm, "1.0.0-beta.2", "1.0.0-beta.11", -1},
		{Npm, "1.0.0-rc.1", "1.0.0", -1},
		{Npm, "2.0.0", "10.0.0", -1},
		// PEP 440: normal forms, dev < pre < release < post, epochs.
		{PyPI, "1.0", "1.0.0", 0},
		{PyPI, "1.0.dev1", "1.0a1", -1},
		{PyPI, "1.0rc1", "1.0", -1},
		{PyPI, "1.0.post1", "1.0", 1},
		{PyPI, "1!0.1", "2.0", 1},
		{PyPI, "2.0.0", "10.0", -1},
		// Maven: qualifiers alpha < beta < milestone < rc < snapshot < release < sp.
		{Maven, "1.0-alpha-1", "1.0-beta-1", -1},
		{Maven, "1.0-RC1", "1.0", -1},
		{Maven, "1.0-SNAPSHOT", "1.0", -1},
		{Maven, "1.0", "1.0-sp1", -1},
		{Maven, "2.9.10.8", "2.10.0", -1},
		// RubyGems: a letter makes a pre-release.
		{RubyGems, "1.0.0.pre", "1.0.0", -1},
		{RubyGems, "1.10", "1.9", 1},
		// crates.io is SemVer.
		{CratesIO, "0.10.0", "0.9.9", 1},
		// NuGet's four-part versions.
		{NuGet, "4.3.0.1", "4.3.0", 1},
		{NuGet, "13.0.1", "13.0.3", -1},
		// Debian epochs and tildes.
		{Debian, "1:1.0-1", "2.0-1", 1},
		{Debian, "1.0~rc1-1", "1.0-1", -1},
		{Alpine, "1.2.3-r1", "1.2.3-r0", 1},
	}
	for _, c := range cases {
		s, ok := For(c.eco)
		if !ok {
			t.Fatalf("no scheme for %s", c.eco)
		}
		got, err := Compare(s, c.a, c.b)
		if err != nil {
			t.Errorf("%s: %v", c.eco, err)
			continue
		}
		if got != c.want {
			t.Errorf("%s: compare(%s, %s) = %d, want %d", c.eco, c.a, c.b, got, c.want)
		}
	}
}

func TestSemVerIsStrict(t *testing.T) {
	for _, bad := range []string{"", "1.2.3.4", "01.2.3", "latest"} {
		if _, err := SemVer.Parse(bad); err == nil {
			t.Errorf("SemVer accepted %q", bad)
		}
	}
	got, err := Compare(SemVer, "1.0.0+build.1", "1.0.0+build.2")
	if err != nil || got != 0 {
		t.Errorf("build metadata must not order: %d %v", got, err)
	}
	if _, err := (pep440Scheme{}).Parse("not a version!"); err == nil {
		t.Error("PEP 440 accepted garbage")
	}
}

func TestSuffixedEcosystem(t *testing.T) {
	if s, ok := For("Debian:12"); !ok || s.Name() != "Debian" {
		t.Fatalf("Debian:12 -> %v %v", s, ok)
	}
	if _, ok := For("Nonsense"); ok {
		t.Fatal("unknown ecosystem claimed")
	}
}
