package yamlnode

import (
	"fmt"
	"strings"
	"testing"
)

func TestAliasBombIsRefused(t *testing.T) {
	var b strings.Builder
	b.WriteString("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n")
	for i := 1; i < 10; i++ {
		fmt.Fprintf(&b, "a%d: &a%d [", i, i)
		for j := range 10 {
			if j > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "*a%d", i-1)
		}
		b.WriteString("]\n")
	}
	if _, err := Parse([]byte(b.String()), false); err == nil || !strings.Contains(err.Error(), "aliases") {
		t.Fatalf("err = %v", err)
	}
}

func TestParseAndConvert(t *testing.T) {
	n, err := Parse([]byte("a:\n  b: [1, true, x, null]\n  c:\n    d: 2\n"), false)
	if err != nil {
		t.Fatal(err)
	}
	v := Convert("f.yaml", n, nil)
	if v.Get("a", "b", "1").Kind.String() != "bool" || v.Get("a", "b", "3").Kind.String() != "null" {
		t.Errorf("scalars: %+v", v.Get("a", "b"))
	}
	if c := v.Get("a", "c"); c.Range.StartLine != 3 {
		t.Errorf("a block mapping points at its key: line %d", c.Range.StartLine)
	}
	if _, err := Parse([]byte("a: [1\n"), false); err == nil || !strings.Contains(err.Error(), "line ") {
		t.Errorf("err = %v", err)
	}
}
