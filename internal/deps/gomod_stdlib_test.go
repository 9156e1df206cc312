package deps

import "testing"

// The standard library is reported at the toolchain directive's release; the go directive is a
// minimum language version, so a go.mod without a toolchain line says nothing about it.
func TestGoModStdlibComesFromTheToolchainOnly(t *testing.T) {
	cases := []struct {
		name, content, want string
		line                int
	}{
		{"go line only", "module x\n\ngo 1.22\n\nrequire github.com/a/b v1.0.0\n", "", 0},
		{"go line with a release", "module x\n\ngo 1.22.1\n", "", 0},
		{"toolchain", "module x\n\ngo 1.22\n\ntoolchain go1.23.4\n", "1.23.4", 5},
		{"toolchain with a suffix", "module x\n\ngo 1.22\ntoolchain go1.23.4-custom\n", "1.23.4", 4},
		{"default toolchain", "module x\n\ngo 1.22\ntoolchain default\n", "", 0},
	}
	for _, c := range cases {
		lf, err := Extract("go.mod", []byte(c.content))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		var got *Package
		for i := range lf.Packages {
			if lf.Packages[i].Name == "stdlib" {
				got = &lf.Packages[i]
			}
		}
		switch {
		case c.want == "" && got != nil:
			t.Errorf("%s: stdlib@%s reported from a go.mod without a toolchain release", c.name, got.Version)
		case c.want != "" && (got == nil || got.Version != c.want || got.Line != c.line):
			t.Errorf("%s: stdlib %+v, want %s on line %d", c.name, got, c.want, c.line)
		}
	}
}
