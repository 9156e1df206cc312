package jsontree

import (
	"errors"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

func TestFromJSONPositions(t *testing.T) {
	src := "{\n  \"a\": [1,\n        \"x\"],\n  \"b\": {\"c\": true, \"d\": null}\n}\n"
	n, err := FromJSON([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	a := n.Get("a")
	if a.Kind != Array || a.Pos != (Pos{Line: 2, Col: 8}) || a.Items[1].Pos != (Pos{Line: 3, Col: 9}) || a.Items[1].Text != "x" {
		t.Errorf("a = %+v", a)
	}
	b := n.Get("b")
	if b.Get("c").Kind != Bool || b.Get("d").Kind != Null || n.Keys[1].Pos != (Pos{Line: 4, Col: 3}) {
		t.Errorf("b = %+v keys %+v", b, n.Keys)
	}
	if n.Get("zz") != nil || a.Get("x") != nil {
		t.Error("Get of a missing member or on a non-object must be nil")
	}
}

func TestFromJSONErrorsNameTheLine(t *testing.T) {
	for _, c := range []struct {
		src  string
		line int
		msg  string
	}{
		{"{\n \"Statement\": [\n  {\"Effect\": \"Allow\",,}\n ]\n}", 3, "invalid character"},
		{"{\n \"Statement\": [\n", 3, "unexpected end"},
		{"{} {}", 1, "after the top-level value"},
		{strings.Repeat("[", 100) + strings.Repeat("]", 100), 1, "nesting deeper"},
	} {
		_, err := FromJSON([]byte(c.src))
		var se *SyntaxError
		if !errors.As(err, &se) || se.Pos.Line != c.line || !strings.Contains(se.Msg, c.msg) {
			t.Errorf("FromJSON(%q) = %v, want line %d %q", c.src, err, c.line, c.msg)
		}
	}
}

func TestFromYAMLKeepsTemplates(t *testing.T) {
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte("a: !Sub arn:${AWS::Partition}:iam::x\nb: {Ref: Thing}\nc: [1, true, ~]\n"), &doc); err != nil {
		t.Fatal(err)
	}
	n := FromYAML(&doc)
	if a := n.Get("a"); a.Kind != Unresolved || !strings.Contains(a.Text, "arn:${AWS::Partition}") {
		t.Errorf("a = %+v", a)
	}
	if b := n.Get("b"); b.Kind != Unresolved || b.Text != "Ref Thing" || b.Pos.Line != 2 {
		t.Errorf("b = %+v", b)
	}
	if c := n.Get("c"); c.Items[0].Kind != Number || c.Items[1].Kind != Bool || c.Items[2].Kind != Null {
		t.Errorf("c = %+v", c)
	}
}

func TestFromJSONByteOrderMark(t *testing.T) {
	n, err := FromJSON([]byte("\ufeff{\n \"a\": 1}"))
	if err != nil || n.Get("a").Pos != (Pos{Line: 2, Col: 7}) {
		t.Fatalf("BOM: %v %+v", err, n)
	}
}

func FuzzFromJSON(f *testing.F) {
	f.Add([]byte(`{"a": [1, {"b": "c"}], "d": null}`))
	f.Add([]byte("[\n\"\\u00e9\", 1e5, -0.5]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		n, err := FromJSON(data)
		if err == nil && n == nil {
			t.Fatal("nil tree without an error")
		}
	})
}
