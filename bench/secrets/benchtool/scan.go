package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"runtime/pprof"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/engine"
	"github.com/vigil-sec/vigil/internal/secrets"
	"github.com/vigil-sec/vigil/internal/workspace"
)

// hit is one finding as the scorer reads it, from either tool.
type hit struct {
	Path string `json:"path"`
	Line int    `json:"line"`
	Rule string `json:"rule"`
}

// scan reviews DIR with the secrets analyzer alone and writes the findings as JSON. It stands in for
// `vigil review --format json` until the CLI exists.
func scan(args []string) error {
	if len(args) != 2 {
		return fmt.Errorf("usage: scan DIR OUT.json")
	}
	if prof := os.Getenv("BENCH_CPUPROFILE"); prof != "" {
		f, err := os.Create(prof)
		if err != nil {
			return err
		}
		pprof.StartCPUProfile(f)
		defer pprof.StopCPUProfile()
	}
	a, err := secrets.New(secrets.Options{})
	if err != nil {
		return err
	}
	rep, err := engine.Review(context.Background(), engine.Config{
		Target: args[0], Analyzers: []analysis.Analyzer{a}, Walk: workspace.Options{NoIgnore: true},
	})
	if err != nil {
		return err
	}
	hits := []hit{}
	for _, f := range rep.Findings {
		hits = append(hits, hit{Path: f.Location.Path, Line: f.Location.StartLine, Rule: f.RuleID + "/" + f.Properties["detector"]})
	}
	data, err := json.Marshal(hits)
	if err != nil {
		return err
	}
	fmt.Printf("vigil: %d files, %d bytes, %d findings, %d skipped\n", rep.Scope.Files, rep.Scope.Bytes, len(hits), len(rep.Skipped))
	return os.WriteFile(args[1], data, 0o644)
}
