// Package cli holds vigil's commands and flags. Main is the whole program; cmd/vigil only calls it.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"github.com/mattn/go-isatty"
	"github.com/spf13/cobra"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/analyzers"
)

// Exit codes.
const (
	ExitOK         = 0 // the review ran and the gate passed (or is off)
	ExitGateFailed = 1 // findings at or above --fail-on
	ExitToolError  = 2 // vigil itself failed: bad flags, bad config, unreadable root
)

// version is set at build time with -ldflags "-X github.com/vigil-sec/vigil/internal/cli.version=v1.2.3".
var version = ""

// Version is vigil's version: the linker's, else the module's, else "dev".
func Version() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

// errGateFailed ends a run with exit code 1 without printing an error: the report already says why.
var errGateFailed = errors.New("gate failed")

// IO is where a command reads and writes.
type IO struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
}

// app is what the commands share: where they write and how they get their analyzers (tests put
// their own in).
type app struct {
	IO
	analyzers func(analyzers.Options) ([]analysis.Analyzer, error)
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}

// Main runs vigil with args (without the program name) and returns the exit code.
func Main(ctx context.Context, args []string, stdio IO) int {
	return run(ctx, args, &app{IO: stdio, analyzers: analyzers.All})
}

func run(ctx context.Context, args []string, a *app) int {
	stdio := a.IO
	root := newRoot(a)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	switch {
	case err == nil:
		return ExitOK
	case errors.Is(err, errGateFailed):
		return ExitGateFailed
	default:
		fmt.Fprintf(stdio.Stderr, "vigil: %v\n", err)
		return ExitToolError
	}
}

func newRoot(a *app) *cobra.Command {
	stdio := a.IO
	root := &cobra.Command{
		Use:   "vigil",
		Short: "Continuous DevOps security review: pipelines, dependencies, access, configuration, secrets, runtime",
		Long: `Vigil reviews a repository and the infrastructure it describes: CI/CD workflows, dependencies,
IAM and RBAC, Terraform, CloudFormation, Kubernetes, Dockerfiles, secrets and runtime protection.

Exit codes: 0 clean (or gate off), 1 the gate failed (--fail-on), 2 vigil itself failed.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(stdio.Stdin)
	root.SetOut(stdio.Stdout)
	root.SetErr(stdio.Stderr)
	root.AddCommand(
		newReviewCommand(a),
		newSecretsCommand(a),
		newAccessCommand(a),
		newDBCommand(a),
		newSBOMCommand(a),
		newImagesCommand(a),
		newRulesCommand(a),
		newVersionCommand(stdio),
	)
	return root
}

func newVersionCommand(stdio IO) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print vigil's version",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			_, err := fmt.Fprintf(stdio.Stdout, "vigil %s\n", Version())
			return err
		},
	}
}
