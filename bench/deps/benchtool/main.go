// Command benchtool prepares and drives the dependency benchmark against osv-scanner (see
// ../run.sh): it builds OSV all.zip archives from shared/data/osv, generates a tree of lockfiles,
// imports the archives into a Vigil database, runs a Vigil review through engine.Review, and
// compares the vulnerability findings of both tools.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime/pprof"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: benchtool osvdata|gen|import|review|compare [flags]")
		os.Exit(2)
	}
	ctx := context.Background()
	var err error
	args := os.Args[2:]
	switch os.Args[1] {
	case "osvdata":
		fs := flag.NewFlagSet("osvdata", flag.ExitOnError)
		src := fs.String("src", "", "shared/data/osv")
		out := fs.String("out", "", "output folder; archives go to OUT/osv-scalibr/<Ecosystem>/all.zip")
		fs.Parse(args)
		err = osvData(*src, *out)
	case "gen":
		fs := flag.NewFlagSet("gen", flag.ExitOnError)
		src := fs.String("osv", "", "shared/data/osv")
		out := fs.String("out", "", "tree to write")
		files := fs.Int("files", 2000, "lockfiles")
		pkgs := fs.Int("packages", 200000, "package entries in all")
		seed := fs.Int64("seed", 1, "random seed")
		fs.Parse(args)
		err = generate(*src, *out, *files, *pkgs, *seed)
	case "import":
		fs := flag.NewFlagSet("import", flag.ExitOnError)
		src := fs.String("src", "", "OSV files, folder or all.zip")
		db := fs.String("db", "", "database path")
		fs.Parse(args)
		err = importDB(ctx, *src, *db)
	case "review":
		fs := flag.NewFlagSet("review", flag.ExitOnError)
		db := fs.String("db", "", "database path")
		out := fs.String("out", "", "findings JSON to write")
		prof := fs.String("cpuprofile", "", "write a CPU profile")
		memProf := fs.String("memprofile", "", "write a heap profile at the end")
		fs.Parse(args)
		if *memProf != "" {
			defer func() {
				if f, perr := os.Create(*memProf); perr == nil {
					pprof.Lookup("allocs").WriteTo(f, 0)
					f.Close()
				}
			}()
		}
		if *prof != "" {
			f, perr := os.Create(*prof)
			if perr != nil {
				err = perr
				break
			}
			pprof.StartCPUProfile(f)
			defer pprof.StopCPUProfile()
		}
		err = review(ctx, *db, *out, fs.Arg(0))
	case "compare":
		fs := flag.NewFlagSet("compare", flag.ExitOnError)
		osvOut := fs.String("osv", "", "osv-scanner JSON output")
		vigilOut := fs.String("vigil", "", "benchtool review output")
		tree := fs.String("tree", "", "the scanned tree")
		src := fs.String("records", "", "shared/data/osv, to explain differences")
		osvLog := fs.String("osv-log", "", "osv-scanner's standard error, for the files it could not extract")
		fs.Parse(args)
		err = compare(*osvOut, *vigilOut, *tree, *src, *osvLog)
	default:
		err = fmt.Errorf("unknown command %q", os.Args[1])
	}
	if err != nil {
		pprof.StopCPUProfile()
		fmt.Fprintln(os.Stderr, "benchtool:", err)
		os.Exit(1)
	}
}
