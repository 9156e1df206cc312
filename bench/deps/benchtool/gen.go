package main

import (
	"encoding/json"
	"fmt"
	goversion "go/version"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/mod/module"
	"golang.org/x/mod/semver"

	"github.com/vigil-sec/vigil/internal/vulndb"
)

// candidates are, per package name, versions worth trying: every version an OSV record names
// (introduced, fixed, last_affected, listed versions) and a few that no record names.
type candidates map[string][]string

func loadCandidates(dir string, goOnly bool) (candidates, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	c := candidates{}
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		var v vulndb.Vuln
		if err := json.Unmarshal(data, &v); err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		for _, a := range v.Affected {
			name := a.Package.Name
			add := func(s string) {
				if s == "" || s == "0" || goOnly && !semver.IsValid("v"+s) {
					return
				}
				c[name] = append(c[name], s)
			}
			for _, r := range a.Ranges {
				if r.Type == vulndb.RangeGit {
					continue
				}
				for _, e := range r.Events {
					add(e.Introduced)
					add(e.Fixed)
					add(e.LastAffected)
				}
			}
			for _, s := range a.Versions {
				add(s)
			}
		}
	}
	for name, vs := range c {
		sort.Strings(vs)
		c[name] = append(compactStrings(vs), "0.0.1", "99.0.0")
	}
	return c, nil
}

func compactStrings(vs []string) []string {
	out := vs[:0]
	for i, v := range vs {
		if i == 0 || v != vs[i-1] {
			out = append(out, v)
		}
	}
	return out
}

func (c candidates) names(skip ...string) []string {
	var out []string
	for n := range c {
		if !contains(skip, n) {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// generate writes files lockfiles with packages entries in all under out: go.mod (45%),
// requirements.txt (40%) and poetry.lock (15%), one per project folder. Packages are drawn from
// the names the OSV data knows (so that some versions are affected) and from made-up names (so
// that most lookups find nothing, as in real projects).
func generate(src, out string, files, packages int, seed int64) error {
	goC, err := loadCandidates(filepath.Join(src, "go"), true)
	if err != nil {
		return err
	}
	pyC, err := loadCandidates(filepath.Join(src, "pypi"), false)
	if err != nil {
		return err
	}
	var stdlib []string
	for _, v := range goC["stdlib"] {
		// The go and toolchain lines take release versions only ("1.21.3"), not pre-releases.
		if goversion.IsValid("go"+v) && !strings.Contains(v, "-") {
			stdlib = append(stdlib, v)
		}
	}
	goNames := goC.names("stdlib", "toolchain")
	pyNames := pyC.names()
	rng := rand.New(rand.NewSource(seed))
	per := packages / files
	total := 0
	for i := range files {
		n := per
		if i == files-1 {
			n = packages - total
		}
		dir := filepath.Join(out, fmt.Sprintf("p%04d", i))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		var name, body string
		switch k := i % 20; {
		case k < 9:
			name, body = "go.mod", goMod(rng, i, n, goC, goNames, stdlib)
		case k < 17:
			name, body = "requirements.txt", requirementsTxt(rng, n, pyC, pyNames)
		default:
			name, body = "poetry.lock", poetryLock(rng, n, pyC, pyNames)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			return err
		}
		total += n
	}
	fmt.Printf("generated %d lockfiles with %d package entries in %s\n", files, total, out)
	return nil
}

// pick returns n distinct names: about a third known to the OSV data, the rest made up.
func pick(rng *rand.Rand, n int, known []string, fake func(int) string) []string {
	seen := map[string]bool{}
	var out []string
	for len(out) < n {
		var s string
		if rng.Intn(3) == 0 {
			s = known[rng.Intn(len(known))]
		} else {
			s = fake(rng.Intn(50000))
		}
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

func version(rng *rand.Rand, c candidates, name string) string {
	if vs := c[name]; len(vs) > 0 {
		return vs[rng.Intn(len(vs))]
	}
	return fmt.Sprintf("%d.%d.%d", rng.Intn(5), rng.Intn(20), rng.Intn(30))
}

func goMod(rng *rand.Rand, i, n int, c candidates, names, stdlib []string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "module example.com/bench/p%04d\n\n", i)
	// One package entry is the toolchain: the stdlib package, which Vigil reads from the toolchain
	// line only (the go line is a minimum language version).
	v := stdlib[rng.Intn(len(stdlib))]
	fmt.Fprintf(&b, "go %s\n\ntoolchain go%s\n\nrequire (\n", v, v)
	for _, name := range pick(rng, n-1, names, func(k int) string { return fmt.Sprintf("example.com/gen/mod%d", k) }) {
		ind := ""
		if rng.Intn(3) == 0 {
			ind = " // indirect"
		}
		fmt.Fprintf(&b, "\t%s %s%s\n", name, goVersion(rng, c, name), ind)
	}
	b.WriteString(")\n")
	return b.String()
}

// goVersion picks a version the go command accepts for the module path: a major version above 1
// needs a /vN path or "+incompatible".
func goVersion(rng *rand.Rand, c candidates, path string) string {
	for range 20 {
		v := "v" + version(rng, c, path)
		if module.Check(path, v) == nil {
			return v
		}
		if module.Check(path, v+"+incompatible") == nil {
			return v + "+incompatible"
		}
	}
	_, major, _ := module.SplitPathVersion(path)
	if major == "" {
		return "v0.0.1"
	}
	return strings.TrimLeft(major, "/.") + ".0.1"
}

func requirementsTxt(rng *rand.Rand, n int, c candidates, names []string) string {
	var b strings.Builder
	b.WriteString("# generated for the benchmark\n")
	for _, name := range pick(rng, n, names, func(k int) string { return fmt.Sprintf("gen-package-%d", k) }) {
		fmt.Fprintf(&b, "%s==%s\n", name, version(rng, c, name))
	}
	return b.String()
}

func poetryLock(rng *rand.Rand, n int, c candidates, names []string) string {
	var b strings.Builder
	b.WriteString("# This file is automatically @generated by Poetry 1.8.3 and should not be changed by hand.\n\n")
	for _, name := range pick(rng, n, names, func(k int) string { return fmt.Sprintf("gen-package-%d", k) }) {
		fmt.Fprintf(&b, "[[package]]\nname = %q\nversion = %q\ndescription = \"\"\noptional = false\npython-versions = \"*\"\nfiles = []\n\n", name, version(rng, c, name))
	}
	b.WriteString("[metadata]\nlock-version = \"2.0\"\npython-versions = \"^3.9\"\ncontent-hash = \"0\"\n")
	return b.String()
}
