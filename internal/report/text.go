package report

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
)

type palette struct{ on bool }

func (p palette) wrap(code, s string) string {
	if !p.on {
		return s
	}
	return "\x1b[" + code + "m" + s + "\x1b[0m"
}

func (p palette) severity(s finding.Severity) string {
	label := fmt.Sprintf("%-8s", strings.ToUpper(s.String()))
	switch s {
	case finding.Critical:
		return p.wrap("1;97;41", label)
	case finding.High:
		return p.wrap("1;31", label)
	case finding.Medium:
		return p.wrap("33", label)
	case finding.Low:
		return p.wrap("36", label)
	}
	return p.wrap("2", label)
}

func (p palette) bold(s string) string { return p.wrap("1", s) }
func (p palette) dim(s string) string  { return p.wrap("2", s) }

// maxSkipLines bounds how many skipped files the text report lists without --verbose.
const maxSkipLines = 10

// WriteText renders the human report: findings grouped by area and severity, what was skipped, the
// ignores that need attention, a summary table and the gate.
func WriteText(w io.Writer, r *Report, o Options) error {
	bw := bufio.NewWriter(w)
	p := palette{on: o.Color}
	fmt.Fprintf(bw, "%s %s reviewed %s: %d files, %d rules", p.bold("vigil"), r.Tool.Version, r.Target, r.Scope.Files, r.Scope.Rules)
	if r.Scope.ChangedSince != "" {
		fmt.Fprintf(bw, " (files changed since %s)", r.Scope.ChangedSince)
	}
	fmt.Fprintln(bw)

	if top := r.FixFirst; len(top) > 0 {
		fmt.Fprintf(bw, "\n%s\n", p.bold("FIX THESE FIRST"))
		for i, f := range top {
			fmt.Fprintf(bw, "  %d. %s %s  %s\n", i+1, p.severity(f.Severity), f.Location, f.Title)
			if len(f.PriorityReasons) > 0 {
				fmt.Fprintf(bw, "     %s %s\n", p.dim("why:"), strings.Join(f.PriorityReasons, "; "))
			}
		}
	}

	shown := r.Findings
	if !o.Verbose {
		shown = r.Active()
	}
	for _, area := range finding.Areas() {
		var group []finding.Finding
		for _, f := range shown {
			if f.Area == area {
				group = append(group, f)
			}
		}
		var related []finding.Finding
		for _, f := range shown {
			if f.Area != area && slices.Contains(f.Also, area) {
				related = append(related, f)
			}
		}
		if len(group) == 0 && len(related) == 0 {
			continue
		}
		slices.SortStableFunc(group, func(a, b finding.Finding) int { return int(b.Severity) - int(a.Severity) })
		fmt.Fprintf(bw, "\n%s (%d)\n", p.bold(strings.ToUpper(area.Title())), len(group))
		for _, f := range group {
			writeTextFinding(bw, p, &f)
		}
		writeRelated(bw, p, area, related)
	}
	if len(shown) == 0 {
		fmt.Fprintln(bw, "\nNo findings.")
	}

	if len(r.Skipped) > 0 {
		fmt.Fprintf(bw, "\n%s (%d)\n", p.bold("SKIPPED"), len(r.Skipped))
		limit := len(r.Skipped)
		if !o.Verbose {
			limit = min(limit, maxSkipLines)
		}
		for _, s := range r.Skipped[:limit] {
			where := s.Path
			if s.Line > 0 {
				where = fmt.Sprintf("%s:%d", s.Path, s.Line)
			}
			fmt.Fprintf(bw, "  %s  %s\n", where, s.Reason)
		}
		if limit < len(r.Skipped) {
			fmt.Fprintf(bw, "  ... and %d more (--verbose or --format json lists them all)\n", len(r.Skipped)-limit)
		}
	}
	if len(r.Ignores) > 0 {
		fmt.Fprintf(bw, "\n%s (%d)\n", p.bold("IGNORES THAT NEED ATTENTION"), len(r.Ignores))
		for _, ig := range r.Ignores {
			msg := ig.Status
			switch ig.Status {
			case "unused":
				msg = "matched nothing: remove it"
			case "expired":
				msg = "expired on " + ig.Expires + ": its findings are shown again"
			case "invalid":
				msg = "invalid: " + ig.Problem
			}
			fmt.Fprintf(bw, "  %s  %s  %s\n", ig.Source, strings.Join(ig.Rules, ","), msg)
		}
	}
	for _, n := range r.Notes {
		fmt.Fprintf(bw, "\n%s %s\n", p.bold("note:"), n)
	}

	fmt.Fprintf(bw, "\n%s\n", p.bold("SUMMARY"))
	writeSummaryTable(bw, r)
	if r.Summary.Suppressed > 0 {
		fmt.Fprintf(bw, "  %d suppressed (ignores or baseline) not counted\n", r.Summary.Suppressed)
	}
	if r.Posture != nil {
		fmt.Fprintf(bw, "  posture score %d/100\n", r.Posture.Score)
	}
	switch {
	case r.Gate.FailOn == "none":
		fmt.Fprintln(bw, "\ngate: off (use --fail-on SEVERITY to block on findings)")
	case r.Gate.Failed:
		fmt.Fprintf(bw, "\ngate: %s: %d finding(s) at or above %s\n", p.wrap("1;31", "FAILED"), r.Gate.Blocking, r.Gate.FailOn)
	default:
		fmt.Fprintf(bw, "\ngate: %s: nothing at or above %s\n", p.wrap("1;32", "passed"), r.Gate.FailOn)
	}
	return bw.Flush()
}

// writeRelated points an area's section at findings listed under another area that concern it
// too (a CI token's scope under PIPELINE, in the access section).
func writeRelated(w io.Writer, p palette, area finding.Area, related []finding.Finding) {
	if len(related) == 0 {
		return
	}
	fmt.Fprintf(w, "  %s\n", p.dim(fmt.Sprintf("also concerning %s: %d finding(s) listed under their own area", strings.ToLower(area.Title()), len(related))))
	const shown = 5
	for _, f := range related[:min(shown, len(related))] {
		fmt.Fprintf(w, "    %-8s %s  %s (%s)\n", p.severity(f.Severity), f.Location, f.RuleID, strings.ToUpper(f.Area.Title()))
	}
	if len(related) > shown {
		fmt.Fprintf(w, "    ... and %d more\n", len(related)-shown)
	}
}

func writeTextFinding(w io.Writer, p palette, f *finding.Finding) {
	fmt.Fprintf(w, "  %s %s  %s\n", p.severity(f.Severity), f.Location, p.dim(f.RuleID))
	indent := "           "
	fmt.Fprintf(w, "%s%s\n", indent, f.Message)
	for i, in := range f.Instances {
		if i == 5 {
			fmt.Fprintf(w, "%s  ... and %d more places\n", indent, len(f.Instances)-5)
			break
		}
		fmt.Fprintf(w, "%s  also at %s\n", indent, in.Location)
	}
	for i, rel := range f.Related {
		if i == 5 {
			fmt.Fprintf(w, "%s  ... and %d more locations\n", indent, len(f.Related)-5)
			break
		}
		label := ""
		if rel.Label != "" {
			label = ": " + rel.Label
		}
		fmt.Fprintf(w, "%s  also %s%s\n", indent, rel, label)
	}
	if f.Evidence != "" {
		fmt.Fprintf(w, "%s%s %s\n", indent, p.dim("evidence:"), oneLine(f.Evidence, 160))
	}
	if f.Remediation != "" {
		fmt.Fprintf(w, "%s%s %s\n", indent, p.dim("fix:"), oneLine(f.Remediation, 240))
	}
	if f.Confidence == finding.ConfidenceLow {
		fmt.Fprintf(w, "%s%s\n", indent, p.dim("confidence: low"))
	}
	if s := f.Suppression; s != nil {
		fmt.Fprintf(w, "%s%s %s (%s)\n", indent, p.dim("suppressed:"), s.Reason, s.Kind)
	}
	if e := f.Properties["expiredIgnore"]; e != "" {
		fmt.Fprintf(w, "%s%s %s\n", indent, p.dim("ignore expired:"), e)
	}
}

func oneLine(s string, limit int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > limit {
		return string(r[:limit-1]) + "…"
	}
	return s
}

func writeSummaryTable(w io.Writer, r *Report) {
	sevs := finding.Severities()
	fmt.Fprintf(w, "  %-14s", "")
	for _, s := range sevs {
		fmt.Fprintf(w, "%9s", s)
	}
	fmt.Fprintf(w, "%9s\n", "total")
	for _, a := range finding.Areas() {
		row := r.Summary.ByArea[string(a)]
		total := 0
		fmt.Fprintf(w, "  %-14s", a)
		for _, s := range sevs {
			fmt.Fprintf(w, "%9d", row[s.String()])
			total += row[s.String()]
		}
		fmt.Fprintf(w, "%9d\n", total)
	}
	fmt.Fprintf(w, "  %-14s", "all")
	for _, s := range sevs {
		fmt.Fprintf(w, "%9d", r.Summary.BySeverity[s.String()])
	}
	fmt.Fprintf(w, "%9d\n", r.Summary.Total)
}
