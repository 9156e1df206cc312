package main

import (
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
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	defer f.Close()
	return json.NewEncoder(f).Encode(rep.Findings)
}
