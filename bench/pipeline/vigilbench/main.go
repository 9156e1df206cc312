// Command vigilbench reviews a directory with Vigil's pipeline analyzer through engine.Review and
// prints the number of files, findings and skips. It stands in for `vigil review` in the benchmark
// until the CLI exists.
package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"runtime"
	"runtime/pprof"
	"time"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/engine"
	"github.com/vigil-sec/vigil/internal/pipeline"
	"github.com/vigil-sec/vigil/internal/workspace"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: vigilbench DIR")
		os.Exit(2)
	}
	if prof := os.Getenv("VIGILBENCH_CPUPROFILE"); prof != "" {
		f, err := os.Create(prof)
		if err == nil && pprof.StartCPUProfile(f) == nil {
			defer pprof.StopCPUProfile()
		}
	}
	cfg := engine.Config{Target: os.Args[1], Analyzers: []analysis.Analyzer{pipeline.New(pipeline.Options{VulnDBPath: os.Getenv("VIGILBENCH_DB")})}, Walk: workspace.Options{NoIgnore: true}}
	if os.Getenv("VIGILBENCH_DEBUG") != "" {
		cfg.Logger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	start := time.Now()
	rep, err := engine.Review(context.Background(), cfg)
	if err != nil {
		fmt.Fprintln(os.Stderr, "vigilbench:", err)
		pprof.StopCPUProfile()
		os.Exit(1)
	}
	if prof := os.Getenv("VIGILBENCH_HEAPPROFILE"); prof != "" {
		if f, err := os.Create(prof); err == nil {
			runtime.GC()
			_ = pprof.WriteHeapProfile(f)
			f.Close()
		}
	}
	fmt.Printf("files=%d findings=%d skipped=%d took=%s\n", rep.Scope.Files, len(rep.Findings), len(rep.Skipped), time.Since(start).Round(time.Millisecond))
}
