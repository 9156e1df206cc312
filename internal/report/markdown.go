package report

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
)

// maxMarkdownRows keeps a pull request comment within GitHub's 65,536-character limit.
const maxMarkdownRows = 100

// WriteMarkdown renders a pull request comment: the gate, a summary table, the findings to fix first
// and a table of the findings, most severe first.
func WriteMarkdown(w io.Writer, r *Report) error {
	bw := bufio.NewWriter(w)
	status := "gate off"
	switch {
	case r.Gate.FailOn == "none":
	case r.Gate.Failed:
		status = fmt.Sprintf("❌ gate failed: %d finding(s) at or above %s", r.Gate.Blocking, r.Gate.FailOn)
	default:
		status = fmt.Sprintf("✅ gate passed: nothing at or above %s", r.Gate.FailOn)
	}
	fmt.Fprintf(bw, "## Vigil review of `%s`: %s\n\n", mdCode(r.Target), status)
	scope := fmt.Sprintf("%d files, %d rules", r.Scope.Files, r.Scope.Rules)
	if r.Scope.ChangedSince != "" {
		scope += fmt.Sprintf(", files changed since `%s`", mdCode(r.Scope.ChangedSince))
	}
	fmt.Fprintf(bw, "%s. %d finding(s), %d suppressed.\n\n", scope, r.Summary.Total, r.Summary.Suppressed)

	sevs := finding.Severities()
	fmt.Fprint(bw, "| Area |")
	for _, s := range sevs {
		fmt.Fprintf(bw, " %s |", s)
	}
	fmt.Fprint(bw, "\n|---|")
	for range sevs {
		fmt.Fprint(bw, "--:|")
	}
	fmt.Fprintln(bw)
	for _, a := range finding.Areas() {
		fmt.Fprintf(bw, "| %s |", a)
		for _, s := range sevs {
			fmt.Fprintf(bw, " %d |", r.Summary.ByArea[string(a)][s.String()])
		}
		fmt.Fprintln(bw)
	}

	if len(r.FixFirst) > 0 {
		fmt.Fprint(bw, "\n### Fix these first\n\n")
		for i, f := range r.FixFirst {
			fmt.Fprintf(bw, "%d. **%s** `%s` %s: %s", i+1, f.Severity, mdCode(f.Location.String()), mdText(f.Title), mdText(f.Message))
			if len(f.PriorityReasons) > 0 {
				fmt.Fprintf(bw, " _(%s)_", mdText(strings.Join(f.PriorityReasons, "; ")))
			}
			fmt.Fprintln(bw)
		}
	}

	active := r.Active()
	if len(active) > 0 {
		slices.SortStableFunc(active, func(a, b finding.Finding) int { return int(b.Severity) - int(a.Severity) })
		fmt.Fprintf(bw, "\n<details><summary>Findings (%d)</summary>\n\n", len(active))
		fmt.Fprintln(bw, "| Severity | Rule | Location | Message |")
		fmt.Fprintln(bw, "|---|---|---|---|")
		for i, f := range active {
			if i == maxMarkdownRows {
				fmt.Fprintf(bw, "\n%d more not shown; see the full report.\n", len(active)-maxMarkdownRows)
				break
			}
			fmt.Fprintf(bw, "| %s | `%s` | `%s` | %s |\n", f.Severity, f.RuleID, mdCode(f.Location.String()), mdText(oneLine(f.Message, 300)))
		}
		fmt.Fprint(bw, "\n</details>\n")
	}
	if len(r.Skipped) > 0 {
		fmt.Fprintf(bw, "\n%d file(s) skipped (binary, too large or unparseable); see the full report.\n", len(r.Skipped))
	}
	for _, n := range r.Notes {
		fmt.Fprintf(bw, "\n> %s\n", mdText(n))
	}
	return bw.Flush()
}

var mdEscaper = strings.NewReplacer("|", `\|`, "<", "&lt;", ">", "&gt;", "`", "'", "\n", " ", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`)

func mdText(s string) string { return mdEscaper.Replace(s) }

// mdCode makes text safe inside a backtick span in a table cell.
func mdCode(s string) string { return strings.NewReplacer("`", "'", "|", `\|`, "\n", " ").Replace(s) }
