package vulndb

import (
	"slices"
	"testing"
	"time"
)

func vuln(eco, name string, ranges []Range, versions ...string) *Vuln {
	return &Vuln{ID: "TEST-1", Modified: time.Now(), Affected: []Affected{{
		Package: Package{Ecosystem: eco, Name: name}, Ranges: ranges, Versions: versions,
	}}}
}

func rng(typ string, events ...Event) Range { return Range{Type: typ, Events: events} }
func intro(v string) Event                  { return Event{Introduced: v} }
func fixed(v string) Event                  { return Event{Fixed: v} }
func last(v string) Event                   { return Event{LastAffected: v} }
func limit(v string) Event                  { return Event{Limit: v} }

func TestAffectedSemantics(t *testing.T) {
	cases := []struct {
		name      string
		v         *Vuln
		q         Query
		want      bool
		wantFixed []string
	}{
		{"introduced 0, before fix", vuln("Go", "example.com/m", []Range{rng(RangeSemVer, intro("0"), fixed("1.6.0"))}),
			Query{"Go", "example.com/m", "1.5.9", ""}, true, []string{"1.6.0"}},
		{"at the fix", vuln("Go", "example.com/m", []Range{rng(RangeSemVer, intro("0"), fixed("1.6.0"))}),
			Query{"Go", "example.com/m", "1.6.0", ""}, false, nil},
		{"pseudo-version before the fix", vuln("Go", "example.com/m", []Range{rng(RangeSemVer, intro("0"), fixed("1.6.0"))}),
			Query{"Go", "example.com/m", "1.6.0-0.20200101000000-abcdef123456", ""}, true, []string{"1.6.0"}},
		{"two ranges, between them", vuln("npm", "pkg", []Range{rng(RangeSemVer, intro("1.0.0"), fixed("1.2.0"), intro("2.0.0"), fixed("2.1.0"))}),
			Query{"npm", "pkg", "1.5.0", ""}, false, nil},
		{"two ranges, in the second", vuln("npm", "pkg", []Range{rng(RangeSemVer, intro("1.0.0"), fixed("1.2.0"), intro("2.0.0"), fixed("2.1.0"))}),
			Query{"npm", "pkg", "2.0.5", ""}, true, []string{"2.1.0"}},
		{"events out of order", vuln("npm", "pkg", []Range{rng(RangeSemVer, fixed("2.1.0"), intro("2.0.0"), fixed("1.2.0"), intro("1.0.0"))}),
			Query{"npm", "pkg", "1.1.0", ""}, true, []string{"1.2.0"}},
		{"npm pre-release before the fix", vuln("npm", "pkg", []Range{rng(RangeSemVer, intro("0"), fixed("3.0.0"))}),
			Query{"npm", "pkg", "3.0.0-rc.1", ""}, true, []string{"3.0.0"}},
		{"before introduced", vuln("npm", "pkg", []Range{rng(RangeSemVer, intro("1.0.0"), fixed("1.2.0"))}),
			Query{"npm", "pkg", "0.9.0", ""}, false, nil},
		{"last_affected includes itself", vuln("PyPI", "pkg", []Range{rng(RangeEcosystem, intro("0"), last("2.0"))}),
			Query{"PyPI", "pkg", "2.0.0", ""}, true, nil},
		{"above last_affected", vuln("PyPI", "pkg", []Range{rng(RangeEcosystem, intro("0"), last("2.0"))}),
			Query{"PyPI", "pkg", "2.0.post1", ""}, false, nil},
		{"limit bounds the range", vuln("PyPI", "pkg", []Range{rng(RangeEcosystem, intro("1.0"), limit("1.5"))}),
			Query{"PyPI", "pkg", "1.6", ""}, false, nil},
		{"under the limit", vuln("PyPI", "pkg", []Range{rng(RangeEcosystem, intro("1.0"), limit("1.5"))}),
			Query{"PyPI", "pkg", "1.4", ""}, true, nil},
		{"PEP 440 ordering, not string ordering", vuln("PyPI", "pkg", []Range{rng(RangeEcosystem, intro("0"), fixed("1.10"))}),
			Query{"PyPI", "pkg", "1.9", ""}, true, []string{"1.10"}},
		{"PEP 503 name normalization", vuln("PyPI", "Django_REST.framework", []Range{rng(RangeEcosystem, intro("0"), fixed("3.0"))}),
			Query{"PyPI", "django-rest-framework", "2.4", ""}, true, []string{"3.0"}},
		{"other ecosystem, same name", vuln("npm", "requests", []Range{rng(RangeSemVer, intro("0"))}),
			Query{"PyPI", "requests", "2.0", ""}, false, nil},
		{"versions list only", vuln("PyPI", "pkg", nil, "1.0", "1.1"),
			Query{"PyPI", "pkg", "1.1", ""}, true, nil},
		{"versions list, PEP 440 normal form", vuln("PyPI", "pkg", nil, "1.0a1", "1.1"),
			Query{"PyPI", "pkg", "1.0-alpha.1", ""}, true, nil},
		{"versions list miss", vuln("PyPI", "pkg", nil, "1.0", "1.1"),
			Query{"PyPI", "pkg", "1.2", ""}, false, nil},
		{"Maven qualifiers", vuln("Maven", "org.apache.logging.log4j:log4j-core", []Range{rng(RangeEcosystem, intro("2.0-beta9"), fixed("2.15.0"))}),
			Query{"Maven", "org.apache.logging.log4j:log4j-core", "2.14.1", ""}, true, []string{"2.15.0"}},
		{"Maven, two ranges and a versions list", vuln("Maven", "g:a", []Range{rng(RangeEcosystem, intro("1.0"), fixed("1.5")), rng(RangeEcosystem, intro("2.0"), fixed("2.5"))}, "0.9"),
			Query{"Maven", "g:a", "2.1", ""}, true, []string{"2.5"}},
		{"Maven below introduced pre-release", vuln("Maven", "g:a", []Range{rng(RangeEcosystem, intro("2.0-beta9"), fixed("2.15.0"))}),
			Query{"Maven", "g:a", "2.0-alpha1", ""}, false, nil},
		{"RubyGems pre-release", vuln("RubyGems", "rack", []Range{rng(RangeEcosystem, intro("0"), fixed("2.0.0"))}),
			Query{"RubyGems", "rack", "2.0.0.rc1", ""}, true, []string{"2.0.0"}},
		{"git commit named by the range", &Vuln{ID: "TEST-G", Affected: []Affected{{Package: Package{Ecosystem: "npm", Name: "pkg"},
			Ranges: []Range{{Type: RangeGit, Repo: "https://github.com/x/y", Events: []Event{intro("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"), fixed("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")}}}}}},
			Query{"npm", "pkg", "", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}, true, nil},
		{"git fix commit", &Vuln{ID: "TEST-G", Affected: []Affected{{Package: Package{Ecosystem: "npm", Name: "pkg"},
			Ranges: []Range{{Type: RangeGit, Repo: "https://github.com/x/y", Events: []Event{intro("0"), fixed("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb")}}}}}},
			Query{"npm", "pkg", "", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"}, false, nil},
		{"git ranges ignore versions", &Vuln{ID: "TEST-G", Affected: []Affected{{Package: Package{Ecosystem: "npm", Name: "pkg"},
			Ranges: []Range{{Type: RangeGit, Repo: "https://github.com/x/y", Events: []Event{intro("0")}}}}}},
			Query{"npm", "pkg", "1.0.0", ""}, false, nil},
		{"unparseable fixed event: the range decides nothing", vuln("PyPI", "steam", []Range{rng(RangeEcosystem, intro("0"), fixed("2019-09-12"))}),
			Query{"PyPI", "steam", "99.0.0", ""}, false, nil},
		{"unparseable event, versions list still applies", vuln("PyPI", "steam", []Range{rng(RangeEcosystem, intro("0"), fixed("2019-09-12"))}, "0.9"),
			Query{"PyPI", "steam", "0.9", ""}, true, nil},
		{"unparseable installed version", vuln("npm", "pkg", []Range{rng(RangeSemVer, intro("0"))}),
			Query{"npm", "pkg", "latest", ""}, false, nil},
	}
	for _, c := range cases {
		m, got := Compile(c.v).Affects(c.q)
		if got != c.want {
			t.Errorf("%s: affected = %v, want %v", c.name, got, c.want)
			continue
		}
		if got && !slices.Equal(m.Fixed, c.wantFixed) {
			t.Errorf("%s: fixed %v, want %v", c.name, m.Fixed, c.wantFixed)
		}
	}
}

func TestWithdrawnRecordsAffectNothing(t *testing.T) {
	v := vuln("npm", "pkg", []Range{rng(RangeSemVer, intro("0"))})
	if _, ok := Compile(v).Affects(Query{Ecosystem: "npm", Name: "pkg", Version: "1.0.0"}); !ok {
		t.Fatal("control: the record should match")
	}
	v.Withdrawn = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	if _, ok := Compile(v).Affects(Query{Ecosystem: "npm", Name: "pkg", Version: "1.0.0"}); ok {
		t.Fatal("a withdrawn record matched")
	}
}

func TestFixedVersionsAcrossEntries(t *testing.T) {
	v := &Vuln{ID: "TEST-2", Affected: []Affected{
		{Package: Package{Ecosystem: "PyPI", Name: "pkg"}, Ranges: []Range{rng(RangeEcosystem, intro("0"), fixed("1.10"))}},
		{Package: Package{Ecosystem: "PyPI", Name: "pkg"}, Ranges: []Range{rng(RangeEcosystem, intro("1.0"), fixed("1.9.1"))}},
	}}
	m, ok := Compile(v).Affects(Query{Ecosystem: "PyPI", Name: "pkg", Version: "1.5"})
	if !ok || !slices.Equal(m.Fixed, []string{"1.9.1", "1.10"}) {
		t.Fatalf("got %v %v, want [1.9.1 1.10] in version order", ok, m.Fixed)
	}
}

func TestValidateRefusesBrokenRecords(t *testing.T) {
	for _, data := range []string{
		`{}`,
		`{"id": "X-1", "affected": [{"package": {"ecosystem": "npm", "name": "a"}, "ranges": [{"type": "SEMVER", "events": [{"introduced": "0", "fixed": "1"}]}]}]}`,
		`{"id": "X-1", "affected": [{"package": {"ecosystem": "npm", "name": "a"}, "ranges": [{"type": "WEIRD", "events": []}]}]}`,
		`{"id": "../X-1"}`,
		`not json`,
	} {
		if _, err := ParseVuln([]byte(data)); err == nil {
			t.Errorf("accepted %s", data)
		}
	}
}
