package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/vigil-sec/vigil/internal/access/evidence"
	"github.com/vigil-sec/vigil/internal/analyzers"
	"github.com/vigil-sec/vigil/internal/depcheck"
	"github.com/vigil-sec/vigil/internal/engine"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/report"
	"github.com/vigil-sec/vigil/internal/triage"
	"github.com/vigil-sec/vigil/internal/workspace"
)

type reviewFlags struct {
	formats       []string
	output        string
	failOn        string
	minSeverity   string
	changedSince  string
	baseline      string
	baselineWrite string
	configPath    string
	noIgnore      bool
	exclude       []string
	maxFileSize   string
	noColor       bool
	verbose       bool
	quiet         bool
	debug         bool
	concurrency   int
	asOf          string
	varFiles      []string
	history       bool
	since         string
	verify        bool
	evidence      []string
	areas         []string
	db            string
	helmValues    []string
	eolData       string
}

func newReviewCommand(a *app) *cobra.Command {
	return reviewCommand(a, "review", "Review a repository (default: the current directory)", nil, `  vigil review examples/insecure-app
  vigil review . --format sarif --output vigil.sarif --fail-on high
  vigil review . --format text --format sarif=vigil.sarif --format json=vigil.json
  vigil review . --changed-since origin/main --fail-on medium
  vigil review . --baseline-write .vigil-baseline.json      # accept what exists today
  vigil review . --baseline .vigil-baseline.json --fail-on low  # block only on new findings
  vigil review . --history --verify                              # also git history; check found keys live
  vigil review . --evidence ~/exports/aws                        # plus exported IAM credential reports`)
}

// newSecretsCommand is `vigil review --area secrets`: plaintext secrets and where they belong.
func newSecretsCommand(a *app) *cobra.Command {
	return reviewCommand(a, "secrets", "Review secrets only: in files, in git history (--history), live (--verify)",
		[]finding.Area{finding.Secrets}, `  vigil secrets .
  vigil secrets . --history --since origin/main --fail-on high`)
}

// newAccessCommand is `vigil review --area access`, usually with exported account evidence.
func newAccessCommand(a *app) *cobra.Command {
	return reviewCommand(a, "access", "Review access management only: IAM, RBAC, trust, and exported account evidence",
		[]finding.Area{finding.Access}, `  vigil access .
  vigil access . --evidence exports/   # aws iam get-credential-report, get-account-authorization-details, gcloud keys`)
}

func reviewCommand(a *app, use, short string, areas []finding.Area, example string) *cobra.Command {
	var fl reviewFlags
	cmd := &cobra.Command{
		Use:     use + " [PATH]",
		Short:   short,
		Example: example,
		Args:    cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			target := "."
			if len(args) == 1 {
				target = args[0]
			}
			for _, ar := range areas {
				fl.areas = append(fl.areas, string(ar))
			}
			return runReview(cmd, a, target, &fl)
		},
	}
	f := cmd.Flags()
	f.StringSliceVarP(&fl.formats, "format", "f", nil, "output format: text, json, sarif, junit, markdown; FORMAT=FILE writes that format to FILE (repeatable)")
	f.StringVarP(&fl.output, "output", "o", "", "write the report to FILE instead of standard output")
	f.StringVar(&fl.failOn, "fail-on", "", "exit 1 when a finding at or above this severity is reported: critical, high, medium, low, info, none (default from .vigil.yaml, else none)")
	f.StringVar(&fl.minSeverity, "severity", "", "report only findings at or above this severity, in every format (default from .vigil.yaml, else all)")
	f.StringVar(&fl.changedSince, "changed-since", "", "review only files changed since this git revision (for pull request gates)")
	f.StringVar(&fl.baseline, "baseline", "", "report as new only findings absent from this baseline file; known ones are suppressed")
	f.StringVar(&fl.baselineWrite, "baseline-write", "", "write the fingerprints of this review's findings to FILE as a baseline")
	f.StringVar(&fl.configPath, "config", "", "configuration file (default PATH/.vigil.yaml)")
	f.BoolVar(&fl.noIgnore, "no-ignore", false, "also review files that .gitignore hides")
	f.StringSliceVar(&fl.exclude, "exclude", nil, "glob of paths not to review, relative to PATH (repeatable), e.g. 'vendor/**'")
	f.StringVar(&fl.maxFileSize, "max-file-size", "", "skip files larger than this, e.g. 10MB (default from .vigil.yaml, else 10MB)")
	f.BoolVar(&fl.noColor, "no-color", false, "never colour text output (NO_COLOR is honoured too)")
	f.BoolVarP(&fl.verbose, "verbose", "v", false, "text output lists suppressed findings and every skipped file")
	f.BoolVarP(&fl.quiet, "quiet", "q", false, "no progress indicator")
	f.BoolVar(&fl.debug, "debug", false, "log debug details to standard error (never secret values)")
	f.IntVar(&fl.concurrency, "concurrency", 0, "files analyzed at once (default: the number of CPUs)")
	f.StringSliceVar(&fl.varFiles, "var-file", nil, "Terraform variables file applied to every root module, relative to PATH (repeatable), like terraform plan -var-file")
	f.BoolVar(&fl.history, "history", false, "also scan every blob reachable from the repository's refs for secrets (git history)")
	f.StringVar(&fl.since, "since", "", "with --history: only commits not reachable from this revision")
	f.BoolVar(&fl.verify, "verify", false, "check found credentials with their providers' read-only identity endpoints (sends them over the network)")
	f.StringVar(&fl.db, "db", "", "offline vulnerability database (default: vigil/osv.db under the user cache directory; see vigil db)")
	f.StringSliceVar(&fl.helmValues, "values", nil, "Helm values file merged over every chart's defaults, as read by the user (repeatable), like helm template -f")
	f.StringVar(&fl.eolData, "eol-data", "", "image end-of-life data file (default: the newer of the shipped data and vigil images refresh's cache)")
	f.StringSliceVar(&fl.evidence, "evidence", nil, "folder of exported account data to review too: IAM credential reports, authorization details, GCP key lists (repeatable)")
	if areas == nil {
		f.StringSliceVar(&fl.areas, "area", nil, "only findings of these areas: pipeline, dependencies, access, config, secrets, runtime (repeatable)")
	}
	f.StringVar(&fl.asOf, "as-of", "", "judge dates (ignore expiry, key age, end of life, patch age) as of this day, YYYY-MM-DD (default today)")
	return cmd
}

type output struct {
	format report.Format
	path   string // "" for standard output
}

func parseOutputs(formats []string, path string) ([]output, error) {
	if len(formats) == 0 {
		formats = []string{string(report.Text)}
	}
	var outs []output
	unnamed := 0
	for _, spec := range formats {
		name, file, _ := strings.Cut(spec, "=")
		f, err := report.ParseFormat(name)
		if err != nil {
			return nil, err
		}
		if file == "" {
			unnamed++
		}
		outs = append(outs, output{format: f, path: file})
	}
	if path != "" {
		if unnamed != 1 {
			return nil, errors.New("--output needs exactly one --format without its own =FILE")
		}
		for i := range outs {
			if outs[i].path == "" {
				outs[i].path = path
			}
		}
		unnamed = 0
	}
	if unnamed > 1 {
		return nil, errors.New("only one format can go to standard output: give the others a file (--format sarif=vigil.sarif)")
	}
	return outs, nil
}

func parseSeverityOrNone(flag, value string) (finding.Severity, error) {
	if value == "" || strings.EqualFold(value, "none") {
		return finding.SeverityUnknown, nil
	}
	s, err := finding.ParseSeverity(value)
	if err != nil {
		return 0, fmt.Errorf("--%s: %w", flag, err)
	}
	return s, nil
}

func runReview(cmd *cobra.Command, a *app, target string, fl *reviewFlags) error {
	stdio := a.IO
	outs, err := parseOutputs(fl.formats, fl.output)
	if err != nil {
		return err
	}
	configPath := fl.configPath
	if configPath == "" {
		configPath = filepath.Join(target, triage.ConfigFile)
	}
	settings, err := triage.LoadConfig(configPath)
	if err != nil {
		return err
	}
	failOn, err := parseSeverityOrNone("fail-on", firstSet(fl.failOn, settings.FailOn))
	if err != nil {
		return err
	}
	minSev, err := parseSeverityOrNone("severity", firstSet(fl.minSeverity, settings.MinSeverity))
	if err != nil {
		return err
	}
	maxSize, err := triage.ParseSize(firstSet(fl.maxFileSize, settings.MaxFileSize))
	if err != nil {
		return fmt.Errorf("--max-file-size: %w", err)
	}
	now := time.Now()
	if fl.asOf != "" {
		if now, err = time.Parse(time.DateOnly, fl.asOf); err != nil {
			return fmt.Errorf("--as-of: %q is not a date (YYYY-MM-DD)", fl.asOf)
		}
	}
	var baseline *triage.Baseline
	if fl.baseline != "" {
		if baseline, err = triage.LoadBaseline(fl.baseline); err != nil {
			return err
		}
	}
	if fl.since != "" && !fl.history {
		return errors.New("--since needs --history")
	}
	var areas []finding.Area
	for _, name := range fl.areas {
		ar, err := finding.ParseArea(name)
		if err != nil {
			return fmt.Errorf("--area: %w", err)
		}
		areas = append(areas, ar)
	}
	eol, err := imageData(fl.eolData)
	if err != nil {
		return err
	}
	all, err := a.analyzers(analyzers.Options{
		Now: now, TerraformVarFiles: fl.varFiles,
		SecretsHistory: fl.history, SecretsSince: fl.since, SecretsVerify: fl.verify,
		VulnDBPath: fl.db, HelmValues: fl.helmValues, ImageData: eol,
		PatchSLA: settings.PatchSLA(depcheck.DefaultPatchSLA),
		Evidence: evidence.Options{
			KeyMaxAge:      time.Duration(settings.Access.KeyMaxAgeDays) * evidence.Day,
			UnusedAfter:    time.Duration(settings.Access.UnusedAfterDays) * evidence.Day,
			RootUsedWithin: time.Duration(settings.Access.RootUsedWithinDays) * evidence.Day,
		},
	})
	if err != nil {
		return err
	}
	level := slog.LevelWarn
	if fl.debug {
		level = slog.LevelDebug
	}
	logger := slog.New(slog.NewTextHandler(stdio.Stderr, &slog.HandlerOptions{Level: level}))

	cfg := engine.Config{
		Target:    target,
		Analyzers: all,
		Walk: workspace.Options{
			NoIgnore:    fl.noIgnore,
			Exclude:     append(append([]string{}, settings.Exclude...), fl.exclude...),
			MaxFileSize: maxSize,
		},
		ChangedSince:      fl.changedSince,
		Evidence:          fl.evidence,
		EvidenceAnalyzers: analyzers.ForEvidence(all),
		Areas:             areas,
		Settings:          settings,
		Baseline:          baseline,
		MinSeverity:       minSev,
		FailOn:            failOn,
		Now:               now,
		Concurrency:       fl.concurrency,
		Version:           Version(),
		Logger:            logger,
	}
	var prog *progress
	if !fl.quiet && isTerminal(stdio.Stderr) {
		prog = newProgress(stdio.Stderr)
		cfg.Progress = prog.update
	}
	rep, err := engine.Review(cmd.Context(), cfg)
	if prog != nil {
		prog.done()
	}
	if err != nil {
		return err
	}
	if fl.baselineWrite != "" {
		if err := triage.NewBaseline(rep.Findings).Write(fl.baselineWrite); err != nil {
			return fmt.Errorf("write baseline: %w", err)
		}
		fmt.Fprintf(stdio.Stderr, "vigil: wrote %d finding(s) to baseline %s\n", len(rep.Findings), fl.baselineWrite)
	}
	color := !fl.noColor && os.Getenv("NO_COLOR") == "" && isTerminal(stdio.Stdout)
	for _, o := range outs {
		if err := writeOutput(stdio.Stdout, rep, o, report.Options{Color: color && o.path == "", Verbose: fl.verbose}); err != nil {
			return err
		}
	}
	if rep.Gate.Failed {
		return errGateFailed
	}
	return nil
}

func firstSet(values ...string) string {
	for _, v := range values {
		if v != "" {
			return v
		}
	}
	return ""
}

// writeOutput renders one format to standard output or to a file.
func writeOutput(stdout io.Writer, rep *report.Report, o output, opts report.Options) error {
	if o.path == "" {
		return report.Write(stdout, rep, o.format, opts)
	}
	var buf bytes.Buffer
	if err := report.Write(&buf, rep, o.format, opts); err != nil {
		return err
	}
	return writeBytes(stdout, o.path, buf.Bytes())
}

// writeBytes writes data to standard output when path is empty, else to the file through a
// temporary file and a rename, so that a failed run never leaves half a file behind.
func writeBytes(stdout io.Writer, path string, data []byte) error {
	if path == "" {
		_, err := stdout.Write(data)
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".vigil-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
