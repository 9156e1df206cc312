package expr

import (
	"errors"
	"strings"
	"testing"
)

func TestParseRoundTrip(t *testing.T) {
	cases := map[string]string{
		"github.event.issue.title": "github.event.issue.title",
		"  a.b[ 'c' ].*.d ":        "a.b['c'].*.d",
		"!(a == 'x') && b || c":    "!(a == 'x') && b || c",
		"(a || b) && c":            "(a || b) && c",
		"contains(github.event.pull_request.labels.*.name, 'ok')": "contains(github.event.pull_request.labels.*.name, 'ok')",
		"format('{0}-{1}', 'it''s', 0x1F)":                        "format('{0}-{1}', 'it''s', 0x1F)",
		"1.5e3 >= -2":                                             "1.5e3 >= -2",
		"null != false":                                           "null != false",
		"steps.my-step.outputs.x":                                 "steps.my-step.outputs.x",
		"a[b.c]":                                                  "a[b.c]",
		"x[*]":                                                    "x.*",
	}
	for src, want := range cases {
		n, err := Parse(src)
		if err != nil {
			t.Errorf("Parse(%q): %v", src, err)
			continue
		}
		if got := String(n); got != want {
			t.Errorf("Parse(%q) = %s, want %s", src, got, want)
		}
	}
}

func TestPrecedence(t *testing.T) {
	n, err := Parse("a || b && c == d")
	if err != nil {
		t.Fatal(err)
	}
	or, ok := n.(*Binary)
	if !ok || or.Op != "||" {
		t.Fatalf("root = %#v, want ||", n)
	}
	and, ok := or.Right.(*Binary)
	if !ok || and.Op != "&&" {
		t.Fatalf("right = %#v, want &&", or.Right)
	}
	if eq, ok := and.Right.(*Binary); !ok || eq.Op != "==" {
		t.Fatalf("and.right = %#v, want ==", and.Right)
	}
}

func TestSyntaxErrors(t *testing.T) {
	cases := map[string]string{
		"":                             "empty expression",
		"a ==":                         "unexpected end of expression",
		"a = b":                        "comparison is '=='",
		`a == "x"`:                     "single quotes",
		"'open":                        "unterminated string",
		"contains(a)":                  "contains takes 2 argument(s)",
		"f(a b)":                       "expected ',' or ')'",
		"a.":                           "expected a property name",
		"(a":                           "expected ')'",
		"a b":                          "after the end",
		"a & b":                        "'&&'",
		"1.2.3":                        "invalid number",
		"a[1":                          "expected ']'",
		strings.Repeat("(", 500):       "nested deeper",
		strings.Repeat("!", 500) + "a": "nested deeper",
		"#":                            "unexpected character",
	}
	for src, want := range cases {
		_, err := Parse(src)
		var se *SyntaxError
		if !errors.As(err, &se) {
			t.Errorf("Parse(%q) err = %v, want a SyntaxError", src, err)
			continue
		}
		if !strings.Contains(err.Error(), want) {
			t.Errorf("Parse(%q) err = %v, want it to mention %q", src, err, want)
		}
	}
}

func TestPath(t *testing.T) {
	n, _ := Parse("github.event['pull_request'].HEAD.ref")
	if p, ok := Path(n); !ok || p != "github.event.pull_request.head.ref" {
		t.Errorf("Path = %q %v", p, ok)
	}
	n, _ = Parse("fromJSON(x).y")
	if _, ok := Path(n); ok {
		t.Error("a call result has no path")
	}
}

func TestFlows(t *testing.T) {
	cases := map[string][]string{
		"github.event.issue.title":                             {"github.event.issue.title"},
		"contains(github.event.issue.title, 'x')":              nil,
		"github.event.issue.title == 'x'":                      nil,
		"!github.event.issue.title":                            nil,
		"a || b.c":                                             {"a", "b.c"},
		"format('{0}', github.head_ref)":                       {"github.head_ref"},
		"toJSON(github.event)":                                 {"github.event"},
		"fromJSON(steps.x.outputs.y).z":                        {"steps.x.outputs.y"},
		"hashFiles('**/go.sum')":                               nil,
		"startsWith(github.ref, 'refs/tags') && 'yes' || 'no'": nil,
	}
	for src, want := range cases {
		n, err := Parse(src)
		if err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		var got []string
		for _, f := range Flows(n) {
			p, _ := Path(f)
			got = append(got, p)
		}
		if strings.Join(got, ",") != strings.Join(want, ",") {
			t.Errorf("Flows(%s) = %v, want %v", src, got, want)
		}
	}
}

func TestTemplates(t *testing.T) {
	s := "echo ${{ github.event.issue.title }} and ${{ format('}}', a) }} then ${{ oops ==  }} ${{ open"
	ts := Templates(s)
	if len(ts) != 4 {
		t.Fatalf("got %d templates: %+v", len(ts), ts)
	}
	if ts[0].Err != nil || s[ts[0].Start:ts[0].End] != "${{ github.event.issue.title }}" {
		t.Errorf("first = %+v", ts[0])
	}
	if ts[1].Err != nil || String(ts[1].Node) != "format('}}', a)" {
		t.Errorf("second = %+v", ts[1])
	}
	if ts[2].Err == nil || ts[3].Err == nil {
		t.Errorf("third and fourth should fail: %+v %+v", ts[2], ts[3])
	}
	line, col := LineCol("a\nbc${{", 4, 10, 5)
	if line != 11 || col != 3 {
		t.Errorf("LineCol = %d,%d", line, col)
	}
}

func TestMatchPath(t *testing.T) {
	yes := [][2]string{
		{"github.event.commits.*.message", "github.event.commits.*.message"},
		{"github.event.commits.*.message", "github.event.commits.0.message"},
		{"github.event.pages.*.page_name", "github.event.pages.*.page_name"},
		{"github.event.**", "github.event.issue"},
	}
	for _, c := range yes {
		if !MatchPath(c[0], c[1]) {
			t.Errorf("MatchPath(%s, %s) = false", c[0], c[1])
		}
	}
	if MatchPath("github.event.issue.title", "github.event.issue") || MatchPath("a.b", "a.b.c") {
		t.Error("prefix must not match")
	}
}
