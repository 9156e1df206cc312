package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"time"

	"github.com/vigil-sec/vigil/internal/analyzers"
	"github.com/vigil-sec/vigil/internal/engine"
	"github.com/vigil-sec/vigil/internal/vulndb"
	"github.com/vigil-sec/vigil/internal/workspace"
)

func importDB(ctx context.Context, src, db string) error {
	st, err := vulndb.Import(ctx, src, db)
	if err != nil {
		return err
	}
	fmt.Printf("imported %d records from %d files into %s\n", st.Records, st.Files, db)
	return nil
}

// review runs the whole review (every analyzer of analyzers.All, as `vigil review` will) and
// writes its findings; until the CLI exists this stands in for
// `vigil review --db DB --format json TREE`.
func review(ctx context.Context, db, out, tree string) error {
	all, err := analyzers.All(analyzers.Options{VulnDBPath: db, Now: time.Now()})
	if err != nil {
		return err
	}
	rep, err := engine.Review(ctx, engine.Config{Target: tree, Analyzers: all, Walk: workspace.Options{NoIgnore: true}})
	if err != nil {
		return err
	}
	for _, n := range rep.Notes {
		fmt.Fprintln(os.Stderr, "note:", n)
	}
	if len(rep.Skipped) > 0 {
		fmt.Fprintf(os.Stderr, "%d files skipped, first: %s: %s\n", len(rep.Skipped), rep.Skipped[0].Path, rep.Skipped[0].Reason)
	}
	// Stream the findings: one encoding of hundreds of thousands at once would hold the whole
	// output in memory.
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	enc := json.NewEncoder(w)
	w.WriteString("[")
	for i := range rep.Findings {
		if i > 0 {
			w.WriteString(",")
		}
		if err := enc.Encode(&rep.Findings[i]); err != nil {
			f.Close()
			return err
		}
	}
	w.WriteString("]\n")
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
