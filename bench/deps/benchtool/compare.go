package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/vigil-sec/vigil/internal/deps"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/vulndb"
)

// hit is one record matched to one package of one lockfile.
type hit struct {
	path, ecosystem, name, version, id string
}

func (h hit) String() string {
	return fmt.Sprintf("%s: %s %s@%s %s", h.path, h.ecosystem, h.name, h.version, h.id)
}

type osvOutput struct {
	Results []struct {
		Source struct {
			Path string `json:"path"`
		} `json:"source"`
		Packages []struct {
			Package struct {
				Name, Version, Ecosystem string
			} `json:"package"`
			Vulnerabilities []struct {
				ID string `json:"id"`
			} `json:"vulnerabilities"`
		} `json:"packages"`
	} `json:"results"`
}

// compare reads both tools' outputs as sets of (lockfile, package, version, record id) and prints
// the differences, grouped by package and record so that each kind of difference can be explained.
func compare(osvPath, vigilPath, tree, osvSrc, osvLog string) error {
	absTree, err := filepath.Abs(tree)
	if err != nil {
		return err
	}
	var oo osvOutput
	if err := readJSON(osvPath, &oo); err != nil {
		return err
	}
	osvSet := map[hit]bool{}
	for _, r := range oo.Results {
		rel, err := filepath.Rel(absTree, r.Source.Path)
		if err != nil {
			rel = r.Source.Path
		}
		for _, p := range r.Packages {
			for _, v := range p.Vulnerabilities {
				osvSet[hit{filepath.ToSlash(rel), p.Package.Ecosystem, deps.NormalizeName(p.Package.Ecosystem, p.Package.Name), p.Package.Version, v.ID}] = true
			}
		}
	}
	// The stand-in writes a list of findings; `vigil review --format json` a report holding one.
	var fs []finding.Finding
	if err := readJSON(vigilPath, &fs); err != nil {
		var rep struct {
			Findings []finding.Finding `json:"findings"`
		}
		if err2 := readJSON(vigilPath, &rep); err2 != nil {
			return err
		}
		fs = rep.Findings
	}
	vigilSet := map[hit]bool{}
	findings := 0
	for _, f := range fs {
		if f.RuleID != "dependencies/vulnerable-package" {
			continue
		}
		findings++
		p := f.Properties
		for _, id := range strings.Split(p["advisories"], ",") {
			vigilSet[hit{f.Location.Path, p["ecosystem"], deps.NormalizeName(p["ecosystem"], p["package"]), p["installedVersion"], id}] = true
		}
	}
	var onlyOSV, onlyVigil []hit
	for h := range osvSet {
		if !vigilSet[h] {
			onlyOSV = append(onlyOSV, h)
		}
	}
	for h := range vigilSet {
		if !osvSet[h] {
			onlyVigil = append(onlyVigil, h)
		}
	}
	fmt.Printf("osv-scanner: %d package/record matches\n", len(osvSet))
	fmt.Printf("vigil:       %d package/record matches in %d findings (one per lockfile and package version, aliases merged)\n", len(vigilSet), findings)
	fmt.Printf("only osv-scanner: %d, only vigil: %d\n", len(onlyOSV), len(onlyVigil))
	records, err := loadRecords(osvSrc)
	if err != nil {
		return err
	}
	if err := readUnextracted(osvLog, absTree); err != nil {
		return err
	}
	explain("only osv-scanner", onlyOSV, records)
	explain("only vigil", onlyVigil, records)
	return nil
}

// Known reasons for a difference, checked in order against the record and the package.
var reasons = []struct {
	why  string
	test func(h hit, v *vulndb.Vuln) bool
}{
	{"a file osv-scanner could not extract (a go.mod line the go command refuses, such as `go 0.0.1`): osv-scanner drops the whole file; Vigil reports the line as skipped and checks the rest",
		func(h hit, v *vulndb.Vuln) bool { return unextracted[h.path] }},
	{"the Go standard library at the version of the go.mod's toolchain line: Vigil reports it as the Go vulnerability database's \"stdlib\" package; osv-scanner v2.6.0 extracts it but reports no stdlib package offline",
		func(h hit, v *vulndb.Vuln) bool { return h.ecosystem == "Go" && h.name == "stdlib" }},
	{"Go module path with upper-case letters: osv-scanner v2.6.0 offline finds no record for it (module paths are case-sensitive; the Go vulnerability database spells them as Vigil does)",
		func(h hit, v *vulndb.Vuln) bool { return h.ecosystem == "Go" && strings.ToLower(h.name) != h.name }},
	{"the record's affected entry lists a GIT range before the ECOSYSTEM range that contains the version: osv-scanner v2.6.0 stops at the GIT range (the OSV schema says any range applies)",
		func(h hit, v *vulndb.Vuln) bool { return gitFirst(v, h) }},
	{"the record spells the PyPI name differently from its PEP 503 normal form: osv-scanner compares the spellings, Vigil the normal forms",
		func(h hit, v *vulndb.Vuln) bool { return spelledDifferently(v, h) }},
}

// explain sorts differences by known reason and lists the rest.
func explain(label string, hs []hit, records map[string]*vulndb.Vuln) {
	if len(hs) == 0 {
		return
	}
	byReason := make([][]hit, len(reasons))
	var rest []hit
	for _, h := range hs {
		matched := false
		for i, r := range reasons {
			if v := records[h.id]; v != nil && r.test(h, v) {
				byReason[i] = append(byReason[i], h)
				matched = true
				break
			}
		}
		if !matched {
			rest = append(rest, h)
		}
	}
	fmt.Printf("%s, explained:\n", label)
	for i, r := range reasons {
		if len(byReason[i]) > 0 {
			fmt.Printf("  %6d  %s (e.g. %s)\n", len(byReason[i]), r.why, byReason[i][0])
		}
	}
	summarize(label+", unexplained", rest)
}

func gitFirst(v *vulndb.Vuln, h hit) bool {
	for _, a := range v.Affected {
		if deps.NormalizeName(a.Package.Ecosystem, a.Package.Name) != h.name {
			continue
		}
		sawGit := false
		for _, r := range a.Ranges {
			if r.Type == vulndb.RangeGit {
				sawGit = true
				continue
			}
			if sawGit && !contains(a.Versions, h.version) {
				return true
			}
		}
	}
	return false
}

func spelledDifferently(v *vulndb.Vuln, h hit) bool {
	for _, a := range v.Affected {
		if a.Package.Ecosystem == "PyPI" && deps.NormalizeName("PyPI", a.Package.Name) == h.name && a.Package.Name != h.name {
			return true
		}
	}
	return false
}

// unextracted holds the lockfiles (relative to the tree) that osv-scanner's log says it could not
// extract.
var unextracted = map[string]bool{}

func readUnextracted(logPath, absTree string) error {
	if logPath == "" {
		return nil
	}
	data, err := os.ReadFile(logPath)
	if err != nil {
		return err
	}
	for _, line := range strings.Split(string(data), "\n") {
		prefix, _, ok := strings.Cut(line, ": could not extract")
		fields := strings.Fields(prefix)
		if !ok || len(fields) == 0 {
			continue
		}
		p := fields[len(fields)-1] // after "Error during extraction: (extracting as go/gomod)"
		if !strings.HasPrefix(p, "/") {
			p = "/" + p // the log drops the leading slash
		}
		if rel, err := filepath.Rel(absTree, p); err == nil {
			unextracted[filepath.ToSlash(rel)] = true
		}
	}
	return nil
}

func loadRecords(src string) (map[string]*vulndb.Vuln, error) {
	out := map[string]*vulndb.Vuln{}
	files, err := filepath.Glob(filepath.Join(src, "*", "*.json"))
	if err != nil {
		return nil, err
	}
	for _, p := range files {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		v, err := vulndb.ParseVuln(data)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		out[v.ID] = v
	}
	return out, nil
}

// summarize groups differences by ecosystem, package, version and record, with one example path.
func summarize(label string, hs []hit) {
	if len(hs) == 0 {
		return
	}
	type key struct{ eco, name, version, id string }
	count := map[key]int{}
	example := map[key]string{}
	for _, h := range hs {
		k := key{h.ecosystem, h.name, h.version, h.id}
		count[k]++
		if example[k] == "" || h.path < example[k] {
			example[k] = h.path
		}
	}
	keys := make([]key, 0, len(count))
	for k := range count {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		return a.eco+a.name+a.version+a.id < b.eco+b.name+b.version+b.id
	})
	fmt.Printf("%s (%d distinct package/version/record):\n", label, len(keys))
	for i, k := range keys {
		if i == 40 {
			fmt.Printf("  ... %d more\n", len(keys)-40)
			break
		}
		fmt.Printf("  %s %s@%s %s (%d files, e.g. %s)\n", k.eco, k.name, k.version, k.id, count[k], example[k])
	}
}

func readJSON(path string, v any) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
