package deps

import (
	"bytes"
	"strings"

	"golang.org/x/mod/modfile"
)

// goMod reads go.mod: each require with its line, direct unless marked "// indirect", replace
// directives applied, and the release of the toolchain directive (not of the go directive, which is
// a minimum) as the "stdlib" package that the Go vulnerability database tracks.
type goMod struct{}

func (goMod) Name() string         { return "go/go.mod" }
func (goMod) Claims(p string) bool { return base(p) == "go.mod" }

func (goMod) Extract(p string, content []byte) (*Lockfile, error) {
	lf := &Lockfile{Format: "go.mod", Ecosystem: "Go"}
	f, err := parseGoMod(p, content, lf)
	if err != nil {
		return nil, err
	}
	type modver struct{ path, version string }
	replaced := map[modver]*modfile.Replace{}
	for _, r := range f.Replace {
		replaced[modver{r.Old.Path, r.Old.Version}] = r
	}
	for _, r := range f.Require {
		pkg := Package{
			Ecosystem: "Go", Name: r.Mod.Path, Version: strings.TrimPrefix(r.Mod.Version, "v"),
			Line: r.Syntax.Start.Line, Relation: Direct,
		}
		if r.Indirect {
			pkg.Relation = Transitive
		}
		rep := replaced[modver{r.Mod.Path, r.Mod.Version}]
		if rep == nil {
			rep = replaced[modver{r.Mod.Path, ""}]
		}
		if rep != nil {
			if rep.New.Version == "" {
				// Replaced by a directory: the code is the project's own copy.
				pkg.Source, pkg.SourceKind = rep.New.Path, SourceLocal
			} else {
				pkg.Name, pkg.Version = rep.New.Path, strings.TrimPrefix(rep.New.Version, "v")
			}
		}
		lf.Packages = append(lf.Packages, pkg)
	}
	// The toolchain line names the release that builds the module: the standard library it links.
	// The go line is the minimum language version (and, since Go 1.21, the minimum release): any
	// later release may build the module, so it says nothing about the standard library in use.
	if f.Toolchain != nil && strings.HasPrefix(f.Toolchain.Name, "go") {
		v, _, _ := strings.Cut(strings.TrimPrefix(f.Toolchain.Name, "go"), "-")
		lf.Packages = append(lf.Packages, Package{Ecosystem: "Go", Name: "stdlib", Version: v,
			Line: f.Toolchain.Syntax.Start.Line, Relation: Direct})
	}
	return lf, nil
}

// parseGoMod parses go.mod as the go command does. Lines it refuses (an invalid go version, a
// version that does not fit the module path) are reported as warnings and left out, so that the
// rest of the file is still read; a file that does not parse at all is an error.
func parseGoMod(p string, content []byte, lf *Lockfile) (*modfile.File, error) {
	lines := bytes.Split(content, []byte{'\n'})
	for range 50 {
		f, err := modfile.Parse(p, bytes.Join(lines, []byte{'\n'}), nil)
		if err == nil {
			return f, nil
		}
		el, ok := err.(modfile.ErrorList)
		if !ok || len(el) == 0 {
			return nil, goModError(err)
		}
		for _, e := range el {
			n := e.Pos.Line
			if n <= 0 || n > len(lines) || len(bytes.TrimSpace(lines[n-1])) == 0 || isSyntaxError(e.Err) {
				return nil, goModError(err)
			}
			lf.Warnings = append(lf.Warnings, Warning{Line: n, Reason: e.Err.Error()})
			// Keep a line's structure (a require block stays a block) by blanking the line.
			lines[n-1] = nil
		}
	}
	return nil, errorf(0, "too many invalid lines")
}

// isSyntaxError tells a malformed file (which cannot be read around) from a well-formed line with
// an invalid value.
func isSyntaxError(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "unexpected") || strings.Contains(msg, "unknown directive") ||
		strings.Contains(msg, "usage:") || strings.Contains(msg, "unquoted") || strings.Contains(msg, "syntax")
}

// goModError keeps the line of modfile's first error.
func goModError(err error) error {
	if el, ok := err.(modfile.ErrorList); ok && len(el) > 0 {
		return errorf(el[0].Pos.Line, "%v", el[0].Err)
	}
	return errorf(0, "%v", err)
}
