package yamlvalue

import (
	"errors"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

func parse(t *testing.T, s string) Value {
	t.Helper()
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(s), &doc); err != nil {
		t.Fatal(err)
	}
	return Value{N: &doc}
}

func TestValueAccessors(t *testing.T) {
	v := parse(t, "base: &b {x: 1}\nuse: *b\nlist: [a, {k: v}, c]\nflag: yes\noff: false\nnull: ~\nnum: 0x10\n")
	if got := v.Path("use", "x"); got.Str() != "1" || got.Line() != 1 {
		t.Errorf("alias not followed: %q at %d", got.Str(), got.Line())
	}
	if got := v.Get("list").Strings(); strings.Join(got, ",") != "a,c" {
		t.Errorf("Strings = %v", got)
	}
	if !v.Get("flag").Bool() || !v.Get("off").IsFalse() || v.Get("null").Exists() || v.Get("missing").Exists() {
		t.Error("booleans or presence wrong")
	}
	if n, ok := v.Get("num").Int(); !ok || n != 16 {
		t.Errorf("Int = %d %v", n, ok)
	}
	if v.Key("list").Line() != 3 || v.Get("list").Items()[1].FirstLine() != 3 {
		t.Error("key and first lines wrong")
	}
	var none Value
	if none.Get("a").Path("b").Str() != "" || len(none.Pairs()) != 0 || none.IsMap() {
		t.Error("zero Value is not inert")
	}
}

func TestCheckSizeAndErrors(t *testing.T) {
	var doc yaml.Node
	yaml.Unmarshal([]byte("a: &a [x, x, x, x]\nb: &b [*a, *a, *a, *a]\nc: [*b, *b, *b, *b]\n"), &doc)
	if err := CheckSize(&doc, Limits{MaxNodes: 50, MaxDepth: 10}); err == nil {
		t.Error("expansion past the node limit accepted")
	}
	if err := CheckSize(&doc, Limits{MaxNodes: 500, MaxDepth: 10}); err != nil {
		t.Errorf("small document refused: %v", err)
	}
	err := yaml.Unmarshal([]byte("a: 1\nb: [\n"), &doc)
	var ye *Error = FromYAMLError(err)
	if ye.Line < 2 || !strings.HasPrefix(ye.Msg, "invalid YAML") || !errors.As(error(ye), &ye) {
		t.Errorf("FromYAMLError = %+v", ye)
	}
}
