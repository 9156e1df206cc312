package secrets

import (
	"context"
	"fmt"
	"testing"
	"time"

	git "github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/filemode"
	"github.com/go-git/go-git/v5/plumbing/object"
	"github.com/go-git/go-git/v5/storage/memory"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/secrets/detect"
)

// syntheticHistory builds, in memory, a linear history of n commits over a tree of 20 files; each
// commit rewrites one file, and every 100th commit plants a token.
func syntheticHistory(tb testing.TB, n int) *git.Repository {
	tb.Helper()
	st := memory.NewStorage()
	repo, err := git.Init(st, nil)
	if err != nil {
		tb.Fatal(err)
	}
	put := func(o interface {
		Encode(plumbing.EncodedObject) error
	}) plumbing.Hash {
		obj := st.NewEncodedObject()
		if err := o.Encode(obj); err != nil {
			tb.Fatal(err)
		}
		h, err := st.SetEncodedObject(obj)
		if err != nil {
			tb.Fatal(err)
		}
		return h
	}
	blob := func(content string) plumbing.Hash {
		obj := st.NewEncodedObject()
		obj.SetType(plumbing.BlobObject)
		w, _ := obj.Writer()
		w.Write([]byte(content))
		w.Close()
		h, _ := st.SetEncodedObject(obj)
		return h
	}
	files := make([]plumbing.Hash, 20)
	for i := range files {
		files[i] = blob(fmt.Sprintf("package f%d\n", i))
	}
	var parent plumbing.Hash
	for c := range n {
		content := fmt.Sprintf("package f\n\n// revision %d\nvar token = req.Token\n", c)
		if c%100 == 0 {
			content += "const ghToken = \"" + detect.Expand("ghp_‹b62:36›", uint64(c)) + "\"\n"
		}
		files[c%len(files)] = blob(content)
		tree := &object.Tree{}
		for i, h := range files {
			tree.Entries = append(tree.Entries, object.TreeEntry{Name: fmt.Sprintf("f%02d.go", i), Mode: filemode.Regular, Hash: h})
		}
		sig := object.Signature{Name: "dev", Email: "dev@acme.example", When: time.Unix(int64(1.7e9)+int64(c), 0)}
		commit := &object.Commit{Author: sig, Committer: sig, Message: "c", TreeHash: put(tree)}
		if !parent.IsZero() {
			commit.ParentHashes = []plumbing.Hash{parent}
		}
		parent = put(commit)
	}
	if err := st.SetReference(plumbing.NewHashReference(plumbing.NewBranchReferenceName("master"), parent)); err != nil {
		tb.Fatal(err)
	}
	return repo
}

func BenchmarkHistory(b *testing.B) {
	const n = 5000
	repo := syntheticHistory(b, n)
	a := newAnalyzer(b, Options{})
	b.ResetTimer()
	for b.Loop() {
		found := 0
		stats, err := a.ScanHistory(context.Background(), repo, HistoryOptions{}, func(finding.Finding) { found++ })
		if err != nil || stats.Commits != n || found != n/100 {
			b.Fatalf("stats %+v found %d err %v", stats, found, err)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "commits/s")
}
