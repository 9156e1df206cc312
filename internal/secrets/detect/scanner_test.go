package detect

import (
	"strings"
	"testing"
)

func scanner(t *testing.T, dets ...*Detector) *Scanner {
	t.Helper()
	s, err := NewScanner(dets)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestKeywordGatesThePattern(t *testing.T) {
	// The pattern would match "abc123" anywhere; it may only run near its keyword.
	d := &Detector{ID: "d", Name: "d", Keywords: []string{"mykey"}, Pattern: `abc[0-9]+`}
	s := scanner(t, d)
	if ms := s.Scan([]byte("abc123 on a line\nand abc456 here\n")); len(ms) != 0 {
		t.Errorf("pattern ran without its keyword: %+v", ms)
	}
	ms := s.Scan([]byte("x\nMYKEY=abc123\ny abc999\n"))
	if len(ms) != 1 || ms[0].Secret != "abc123" || ms[0].Line != 2 || ms[0].Column != 7 {
		t.Errorf("matches = %+v", ms)
	}
}

func TestWindows(t *testing.T) {
	after := &Detector{ID: "after", Name: "a", Keywords: []string{"tk_"}, Pattern: `(?:^|[^a-z])(tk_[a-z]{8})(?:[^a-z]|$)`, Window: WindowAfter}
	s := scanner(t, after)
	ms := s.Scan([]byte("a tk_qwertyui, tk_zxcvbnmq\n" + strings.Repeat("z", 5000) + " tk_qrstuvwx\n"))
	if len(ms) != 3 || ms[2].Line != 2 || ms[2].Column != 5002 {
		t.Errorf("after-keyword windows: %+v", ms)
	}
	span := &Detector{ID: "span", Name: "s", Keywords: []string{"begin"}, Pattern: `(?s)(BEGIN.*?END)`, Span: 100}
	ms = scanner(t, span).Scan([]byte("BEGIN\nx\ny\nEND\n"))
	if len(ms) != 1 || ms[0].Line != 1 || ms[0].EndLine != 4 {
		t.Errorf("span window: %+v", ms)
	}
}

func TestFilters(t *testing.T) {
	d := &Detector{ID: "d", Name: "d", Keywords: []string{"tok_"}, Pattern: `(tok_[A-Za-z0-9]{16})`, MinEntropy: 3}
	s := scanner(t, d)
	for _, text := range []string{
		"tok_aaaaaaaaaaaaaaaa",                                // low entropy
		"tok_EXAMPLEabcdefghi",                                // placeholder word
		"data:image/png;base64,AAAAtok_" + "Ab3dEf6hIj9lMn2p", // inside an inlined image
	} {
		if ms := s.Scan([]byte(text)); len(ms) != 0 {
			t.Errorf("%q reported: %+v", text, ms)
		}
	}
	if ms := s.Scan([]byte("tok_Ab3dEf6hIj9lMn2p")); len(ms) != 1 {
		t.Errorf("real-looking token missed")
	}
}

func TestSpecificBeatsGeneric(t *testing.T) {
	gen := &Detector{ID: "gen", Name: "g", Keywords: []string{"token"}, Generic: true, Window: WindowName,
		Pattern: `^(?P<name>[A-Za-z_]+)\s*=\s*(?P<q>"?)(?P<secret>[^\s"]+)`}
	spec := &Detector{ID: "spec", Name: "s", Keywords: []string{"zz_"}, Pattern: `(zz_[A-Za-z0-9]{20})`}
	ms := scanner(t, gen, spec).Scan([]byte("TOKEN=zz_Ab3dEf6hIj9lMn2pQr5t\nTOKEN=Q7w9E2r4T6y8U1i3O5p7\n"))
	if len(ms) != 2 || ms[0].Detector.ID != "spec" || ms[1].Detector.ID != "gen" || ms[1].Name != "TOKEN" {
		t.Errorf("matches = %+v", ms)
	}
}

func TestMaxMatches(t *testing.T) {
	d := &Detector{ID: "d", Name: "d", Keywords: []string{"k_"}, Pattern: `(k_[0-9a-f]{8})`, Window: WindowAfter}
	var b strings.Builder
	for i := range 5000 {
		b.WriteString("k_")
		b.WriteString(strings.Repeat("0123456789abcdef", 1)[i%8 : i%8+8])
		b.WriteByte('\n')
	}
	if ms := scanner(t, d).Scan([]byte(b.String())); len(ms) != MaxMatches {
		t.Errorf("got %d matches, want the cap %d", len(ms), MaxMatches)
	}
}

func TestBadDetectors(t *testing.T) {
	for _, d := range []*Detector{
		{ID: "x", Name: "x", Keywords: []string{"Upper"}, Pattern: `a`},
		{ID: "x", Name: "x", Pattern: `a`},
		{ID: "x", Name: "x", Keywords: []string{"a"}, Pattern: `(`},
	} {
		if _, err := NewScanner([]*Detector{d}); err == nil {
			t.Errorf("accepted %+v", d)
		}
	}
	a := &Detector{ID: "dup", Name: "x", Keywords: []string{"a"}, Pattern: `a`}
	b := &Detector{ID: "dup", Name: "x", Keywords: []string{"a"}, Pattern: `a`}
	if _, err := NewScanner([]*Detector{a, b}); err == nil {
		t.Error("duplicate id accepted")
	}
}

func TestExpand(t *testing.T) {
	a, b := Expand("x_‹b62:20›_‹hex:4›", 1), Expand("x_‹b62:20›_‹hex:4›", 1)
	if a != b || len(a) != 27 || Expand("x_‹b62:20›", 2) == Expand("x_‹b62:20›", 1) {
		t.Errorf("Expand not deterministic per seed: %q %q", a, b)
	}
	if Expand("xo‹›xb", 0) != "xoxb" {
		t.Error("cut mark kept")
	}
}

func TestGenericContext(t *testing.T) {
	ok := func(name, value string, quoted bool, path string) bool {
		return genericOK(name, value, quoted, false, contextOf(path))
	}
	if !ok("password", "S3cure-Pa55", false, "app.yaml") || ok("password", "S3cure-Pa55", false, "app.go") || !ok("password", "S3cure-Pa55", true, "app.go") {
		t.Error("code files must need quoted literals; config files not")
	}
	if ok("token", "S3cure-Pa55word-xx", false, "package-lock.json") {
		t.Error("lock files must not alarm")
	}
	for _, v := range []string{"${X}", "0123456789abcdef0123456789abcdef", "9f8e7d6c-1111-2222-3333-444455556666", "sha512-AbCd", "/etc/secret.pem", "secrets.DB"} {
		if ok("api_token", v, false, "a.yaml") {
			t.Errorf("%q alarmed", v)
		}
	}
}

func FuzzScan(f *testing.F) {
	d := &Detector{ID: "d", Name: "d", Keywords: []string{"tok_", "pass"}, Pattern: `(tok_[A-Za-z0-9]{8})`}
	g := &Detector{ID: "g", Name: "g", Keywords: []string{"pass"}, Generic: true, Window: WindowName,
		Pattern: `^(?P<name>[A-Za-z_]+)\s*=\s*(?P<q>"?)(?P<secret>[^\s"]+)`}
	s, err := NewScanner([]*Detector{d, g})
	if err != nil {
		f.Fatal(err)
	}
	f.Add([]byte("tok_abcdefgh\npassword=Xy7#kL9$mN2"))
	f.Add([]byte("data:image/png;base64,tok_"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, m := range s.Scan(data) {
			if m.Start < 0 || m.End > len(data) || m.Start > m.End || m.Line < 1 {
				t.Fatalf("bad match %+v", m)
			}
		}
	})
}
