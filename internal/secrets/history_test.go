package secrets

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	git "github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/object"

	"github.com/vigil-sec/vigil/internal/engine"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/secrets/detect"
	"github.com/vigil-sec/vigil/internal/workspace"
)

type historyRepo struct {
	t    *testing.T
	dir  string
	repo *git.Repository
	wt   *git.Worktree
	n    int
}

func newHistoryRepo(t *testing.T) *historyRepo { return openHistoryRepo(t, t.TempDir()) }

// openHistoryRepo makes dir a git repository.
func openHistoryRepo(t *testing.T, dir string) *historyRepo {
	t.Helper()
	repo, err := git.PlainInit(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	wt, err := repo.Worktree()
	if err != nil {
		t.Fatal(err)
	}
	return &historyRepo{t: t, dir: dir, repo: repo, wt: wt}
}

// commit writes the files (an empty content removes one) and commits them as author.
func (r *historyRepo) commit(author string, files map[string]string) plumbing.Hash {
	r.t.Helper()
	for name, content := range files {
		p := filepath.Join(r.dir, name)
		if content == "" {
			os.Remove(p)
			continue
		}
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			r.t.Fatal(err)
		}
	}
	if err := r.wt.AddWithOptions(&git.AddOptions{All: true}); err != nil {
		r.t.Fatal(err)
	}
	r.n++
	sig := &object.Signature{Name: author, Email: author + "@acme.example", When: time.Date(2026, 1, r.n, 12, 0, 0, 0, time.UTC)}
	h, err := r.wt.Commit("change", &git.CommitOptions{Author: sig, Committer: sig, AllowEmptyCommits: true})
	if err != nil {
		r.t.Fatal(err)
	}
	return h
}

func (r *historyRepo) checkout(branch string, create bool) {
	r.t.Helper()
	if err := r.wt.Checkout(&git.CheckoutOptions{Branch: plumbing.NewBranchReferenceName(branch), Create: create}); err != nil {
		r.t.Fatal(err)
	}
}

func TestHistory(t *testing.T) {
	gh := detect.Expand("ghp_‹b62:36›", 1)
	stripe := detect.Expand("sk_live_‹b62:30›", 2)
	slack := detect.Expand("xoxb-‹dig:12›-‹dig:12›-‹b62:24›", 3)

	r := newHistoryRepo(t)
	c1 := r.commit("alice", map[string]string{"a.env": "GITHUB_TOKEN=" + gh + "\n", "main.go": "package main\n"})
	c2 := r.commit("bob", map[string]string{"a.env": "GITHUB_TOKEN=${GITHUB_TOKEN}\n", "conf/b.yaml": "stripe: " + stripe + "\n"})
	r.checkout("feature", true)
	c3 := r.commit("carol", map[string]string{"c.txt": "slack " + slack + "\n"})
	r.checkout("master", false)
	c4 := r.commit("dave", map[string]string{"conf/b.yaml": "# payments\nstripe: " + stripe + "\n"})

	a := newAnalyzer(t, Options{})
	var got []finding.Finding
	stats, err := a.ScanHistory(context.Background(), r.repo, HistoryOptions{}, func(f finding.Finding) { got = append(got, f) })
	if err != nil {
		t.Fatal(err)
	}
	if stats.Commits != 4 {
		t.Errorf("commits = %d, want 4", stats.Commits)
	}
	byPath := map[string]finding.Finding{}
	for _, f := range got {
		byPath[f.Location.Path] = f
	}
	check := func(path, rule string, commit plumbing.Hash, author string, head bool, line int) {
		t.Helper()
		f, ok := byPath[path]
		if !ok {
			t.Fatalf("no finding at %s in %+v", path, got)
		}
		if f.RuleID != rule || f.Location.Commit != commit.String() || f.Properties["author"] != author+" <"+author+"@acme.example>" ||
			f.Properties["presentAtHead"] != map[bool]string{true: "true", false: "false"}[head] || f.Location.StartLine != line {
			t.Errorf("%s: got %s commit %s props %v line %d", path, f.RuleID, f.Location.Commit, f.Properties, f.Location.StartLine)
		}
	}
	check("a.env", "secrets/github-token", c1, "alice", false, 1)
	check("conf/b.yaml", "secrets/stripe-key", c2, "bob", true, 1)
	check("c.txt", "secrets/slack-token", c3, "carol", false, 1)
	if len(got) != 3 {
		t.Errorf("got %d findings, want 3: %+v", len(got), got)
	}
	_ = c4

	// Since c2: only c3 and c4 are read; c4 rewrote b.yaml, so its blob is new there.
	got = nil
	if _, err := a.ScanHistory(context.Background(), r.repo, HistoryOptions{Since: c2.String()}, func(f finding.Finding) { got = append(got, f) }); err != nil {
		t.Fatal(err)
	}
	paths := map[string]string{}
	for _, f := range got {
		paths[f.Location.Path] = f.Location.Commit
	}
	if len(paths) != 2 || paths["c.txt"] != c3.String() || paths["conf/b.yaml"] != c4.String() {
		t.Errorf("since c2: %v", paths)
	}

	// Under a review root below the top, paths are relative to it.
	got = nil
	if _, err := a.ScanHistory(context.Background(), r.repo, HistoryOptions{Prefix: "conf"}, func(f finding.Finding) { got = append(got, f) }); err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Location.Path != "b.yaml" {
		t.Errorf("prefix conf: %+v", got)
	}

	if _, err := a.ScanHistory(context.Background(), r.repo, HistoryOptions{Since: "no-such-rev"}, func(finding.Finding) {}); err == nil {
		t.Error("bad --since accepted")
	}
}

func TestHistoryThroughReview(t *testing.T) {
	gh := detect.Expand("ghp_‹b62:36›", 4)
	r := newHistoryRepo(t)
	r.commit("alice", map[string]string{"a.env": "GITHUB_TOKEN=" + gh + "\n"})
	r.commit("bob", map[string]string{"a.env": "GITHUB_TOKEN=${GITHUB_TOKEN}\n"})
	rep, err := engine.Review(context.Background(), engine.Config{Target: r.dir, Analyzers: analyzersOf(newAnalyzer(t, Options{History: true}))})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Findings) != 1 || rep.Findings[0].Location.Commit == "" || rep.Findings[0].Properties["source"] != "history" {
		t.Fatalf("findings = %+v notes %v", rep.Findings, rep.Notes)
	}
	// Excludes apply to history findings too: fixtures excluded from the review stay excluded in
	// their past versions.
	rep, err = engine.Review(context.Background(), engine.Config{Target: r.dir, Analyzers: analyzersOf(newAnalyzer(t, Options{History: true})),
		Walk: workspace.Options{Exclude: []string{"*.env"}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Findings) != 0 {
		t.Errorf("an excluded path was reported from history: %+v", rep.Findings)
	}
	// Without --history the removed secret is not seen.
	rep, err = engine.Review(context.Background(), engine.Config{Target: r.dir, Analyzers: analyzersOf(newAnalyzer(t, Options{}))})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Findings) != 0 {
		t.Errorf("working tree review found %+v", rep.Findings)
	}
}

// A shallow clone ends the walk at its boundary: the boundary commit's tree counts as introduced
// there, nothing older is read, and the stats say the history was cut.
func TestHistoryShallowClone(t *testing.T) {
	old := detect.Expand("ghp_‹b62:36›", 11)
	kept := detect.Expand("ghp_‹b62:36›", 12)
	r := newHistoryRepo(t)
	r.commit("alice", map[string]string{"a.env": "A=" + old + "\n", "b.env": "B=" + kept + "\n"})
	r.commit("bob", map[string]string{"a.env": "A=${A}\n"})
	boundary := r.commit("carol", map[string]string{"c.txt": "x\n"})
	r.commit("dave", map[string]string{"d.txt": "y\n"})
	if err := os.WriteFile(filepath.Join(r.dir, ".git", "shallow"), []byte(boundary.String()+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	a := newAnalyzer(t, Options{})
	var got []finding.Finding
	stats, err := a.ScanHistory(context.Background(), r.repo, HistoryOptions{}, func(f finding.Finding) { got = append(got, f) })
	if err != nil {
		t.Fatal(err)
	}
	if stats.Commits != 2 || stats.ShallowBoundaries != 1 {
		t.Fatalf("stats %+v, want 2 commits and 1 shallow boundary", stats)
	}
	if len(got) != 1 || got[0].Location.Path != "b.env" || got[0].Location.Commit != boundary.String() {
		t.Fatalf("findings %+v, want b.env introduced at the boundary commit only", got)
	}
}
