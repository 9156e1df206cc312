// Command vigilbench reviews a directory with every analyzer through engine.Review and prints the
// summary, standing in for `vigil review` until the CLI exists (bench/containers/run.sh uses it).
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"time"

	"github.com/vigil-sec/vigil/internal/analyzers"
	"github.com/vigil-sec/vigil/internal/engine"
)

func main() {
	jsonOut := flag.String("json", "", "write the report as JSON to this file")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile to this file")
	flag.Parse()
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err == nil {
			_ = pprof.StartCPUProfile(f)
			defer pprof.StopCPUProfile()
		}
	}
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: vigilbench [-json FILE] DIR")
		os.Exit(2)
	}
	if err := run(flag.Arg(0), *jsonOut); err != nil {
		pprof.StopCPUProfile()
		fmt.Fprintln(os.Stderr, "vigilbench:", err)
		os.Exit(1)
	}
}

func run(dir, jsonOut string) error {
	all, err := analyzers.All(analyzers.Options{Now: time.Now()})
	if err != nil {
		return err
	}
	start := time.Now()
	rep, err := engine.Review(context.Background(), engine.Config{Target: dir, Analyzers: all})
	if err != nil {
		return err
	}
	took := time.Since(start)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Printf("files=%d findings=%d skipped=%d took=%s heap_sys=%dMiB\n", rep.Scope.Files, rep.Summary.Total, len(rep.Skipped), took.Round(time.Millisecond), ms.HeapSys>>20)
	if jsonOut != "" {
		b, err := json.MarshalIndent(rep, "", "  ")
		if err != nil {
			return err
		}
		return os.WriteFile(jsonOut, b, 0o644)
	}
	return nil
}
