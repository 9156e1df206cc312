package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

type planted struct {
	path       string
	start, end int
	kind       string
}

// score compares both tools' findings with the manifest and prints throughput, recall, false alarms
// and peak memory. Args: CORPUS MANIFEST VIGIL.json GITLEAKS.json VIGIL.time GITLEAKS.time
func score(args []string) error {
	if len(args) != 6 {
		return fmt.Errorf("usage: score CORPUS MANIFEST VIGIL.json GITLEAKS.json VIGIL.time GITLEAKS.time")
	}
	corpus := filepath.Clean(args[0])
	plants, err := readManifest(args[1])
	if err != nil {
		return err
	}
	var bytes int64
	filepath.WalkDir(corpus, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if info, err := d.Info(); err == nil {
				bytes += info.Size()
			}
		}
		return nil
	})
	vigil, err := readVigil(args[2])
	if err != nil {
		return err
	}
	gl, err := readGitleaks(args[3], corpus)
	if err != nil {
		return err
	}
	type row struct {
		name               string
		hits               []hit
		wall, cpu, peakMiB float64
	}
	rows := []row{{name: "vigil", hits: vigil}, {name: "gitleaks", hits: gl}}
	for i, tf := range []string{args[4], args[5]} {
		rows[i].wall, rows[i].cpu, rows[i].peakMiB, err = readTime(tf)
		if err != nil {
			return err
		}
	}
	fmt.Printf("corpus: %.0f MiB, %d planted secrets\n\n", float64(bytes)/(1<<20), len(plants))
	// Wall time depends on what else the machine runs; CPU time (user+system) much less so.
	fmt.Printf("%-9s %9s %9s %12s %9s %10s %15s %13s\n", "tool", "MiB/s", "wall s", "MiB/cpu-s", "cpu s", "peak MiB", "recall", "false alarms")
	perKind := map[string][2]int{}
	for i, r := range rows {
		found, fa := match(plants, r.hits)
		for j, p := range plants {
			c := perKind[p.kind]
			if found[j] {
				c[i]++
			}
			perKind[p.kind] = c
		}
		n := count(found)
		fmt.Printf("%-9s %9.1f %9.2f %12.1f %9.2f %10.1f %6d/%d %5.1f%% %13d\n", r.name, float64(bytes)/(1<<20)/r.wall, r.wall,
			float64(bytes)/(1<<20)/r.cpu, r.cpu, r.peakMiB,
			n, len(plants), 100*float64(n)/float64(len(plants)), fa)
	}
	fmt.Printf("\nthroughput ratio vigil/gitleaks: %.2fx by wall time, %.2fx by CPU time\n\nrecall by planted type (vigil / gitleaks / planted):\n",
		rows[1].wall/rows[0].wall, rows[1].cpu/rows[0].cpu)
	totals := map[string]int{}
	for _, p := range plants {
		totals[p.kind]++
	}
	var kinds []string
	for k := range totals {
		kinds = append(kinds, k)
	}
	slices.Sort(kinds)
	for _, k := range kinds {
		fmt.Printf("  %-28s %4d / %4d / %4d\n", k, perKind[k][0], perKind[k][1], totals[k])
	}
	return nil
}

func count(b []bool) int {
	n := 0
	for _, v := range b {
		if v {
			n++
		}
	}
	return n
}

// match marks the plants that some finding points into, and counts the findings that point at no
// plant (false alarms).
func match(plants []planted, hits []hit) ([]bool, int) {
	byPath := map[string][]int{}
	for i, p := range plants {
		byPath[p.path] = append(byPath[p.path], i)
	}
	found := make([]bool, len(plants))
	fa := 0
	for _, h := range hits {
		ok := false
		for _, i := range byPath[h.Path] {
			if h.Line >= plants[i].start && h.Line <= plants[i].end {
				found[i] = true
				ok = true
			}
		}
		if !ok {
			fa++
		}
	}
	return found, fa
}

func readManifest(p string) ([]planted, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []planted
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		parts := strings.Split(sc.Text(), "\t")
		if len(parts) != 4 {
			continue
		}
		s, _ := strconv.Atoi(parts[1])
		e, _ := strconv.Atoi(parts[2])
		out = append(out, planted{path: parts[0], start: s, end: e, kind: parts[3]})
	}
	return out, sc.Err()
}

// readVigil reads the bench driver's output (a list of hits) or a Vigil JSON report (an object with
// findings), so the script can run either the driver or `vigil review --format json`.
func readVigil(p string) ([]hit, error) {
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, err
	}
	var hs []hit
	if err := json.Unmarshal(data, &hs); err == nil {
		return hs, nil
	}
	var rep struct {
		Findings []struct {
			RuleID   string `json:"ruleId"`
			Location struct {
				Path      string `json:"path"`
				StartLine int    `json:"startLine"`
			} `json:"location"`
		} `json:"findings"`
	}
	if err := json.Unmarshal(data, &rep); err != nil {
		return nil, fmt.Errorf("%s: neither a hit list nor a Vigil report: %w", p, err)
	}
	for _, f := range rep.Findings {
		hs = append(hs, hit{Path: f.Location.Path, Line: f.Location.StartLine, Rule: f.RuleID})
	}
	return hs, nil
}

func readGitleaks(p, corpus string) ([]hit, error) {
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, err
	}
	var raw []struct {
		File      string
		StartLine int
		RuleID    string
	}
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, err
	}
	out := make([]hit, len(raw))
	for i, r := range raw {
		rel := strings.TrimPrefix(filepath.ToSlash(strings.TrimPrefix(r.File, corpus)), "/")
		out[i] = hit{Path: rel, Line: r.StartLine, Rule: r.RuleID}
	}
	return out, nil
}

var (
	userRe = regexp.MustCompile(`User time \(seconds\): ([\d.]+)`)
	sysRe  = regexp.MustCompile(`System time \(seconds\): ([\d.]+)`)
	wallRe = regexp.MustCompile(`Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)`)
	rssRe  = regexp.MustCompile(`Maximum resident set size \(kbytes\): (\d+)`)
)

// readTime reads wall and CPU time (seconds) and peak RSS (MiB) from `/usr/bin/time -v` output.
func readTime(p string) (wall, cpu, peak float64, err error) {
	data, err := os.ReadFile(p)
	if err != nil {
		return 0, 0, 0, err
	}
	w := wallRe.FindStringSubmatch(string(data))
	r := rssRe.FindStringSubmatch(string(data))
	u, sy := userRe.FindStringSubmatch(string(data)), sysRe.FindStringSubmatch(string(data))
	if w == nil || r == nil || u == nil || sy == nil {
		return 0, 0, 0, fmt.Errorf("%s: no /usr/bin/time -v figures", p)
	}
	us, _ := strconv.ParseFloat(u[1], 64)
	ss, _ := strconv.ParseFloat(sy[1], 64)
	h, _ := strconv.ParseFloat(w[1], 64)
	m, _ := strconv.ParseFloat(w[2], 64)
	s, _ := strconv.ParseFloat(w[3], 64)
	kb, _ := strconv.ParseFloat(r[1], 64)
	return h*3600 + m*60 + s, us + ss, kb / 1024, nil
}
