package workspace

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	git "github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/cache"
	"github.com/go-git/go-git/v5/plumbing/format/gitignore"
	"github.com/go-git/go-git/v5/plumbing/format/index"
	"github.com/go-git/go-git/v5/plumbing/object"
	"github.com/go-git/go-git/v5/storage/filesystem"
)

// Git describes the work tree that holds the review root. Everything here is read through go-git:
// no git binary, hook, filter or fsmonitor of the scanned repository ever runs.
type Git struct {
	// RepoRoot is the work tree's top folder.
	RepoRoot string
	// prefix holds the path components from RepoRoot down to the review root.
	prefix []string
	repo   *git.Repository
}

// Repository is the go-git handle, for history scans.
func (g *Git) Repository() *git.Repository { return g.repo }

// historyObjectCache bounds go-git's cache of decoded objects during a history scan: trees are
// kept by the scan itself, and blobs are read once, so a small cache serves delta bases well.
const historyObjectCache = 16 * cache.MiByte

// HistoryRepository opens the same repository for reading many objects: pack files stay open for
// the whole scan (go-git otherwise reopens the pack, through a path walk, for every object read, which
// made a 2,000-commit history take minutes). Call close when done.
func (g *Git) HistoryRepository() (repo *git.Repository, close func(), err error) {
	st, ok := g.repo.Storer.(*filesystem.Storage)
	if !ok {
		return g.repo, func() {}, nil
	}
	ks := filesystem.NewStorageWithOptions(st.Filesystem(), cache.NewObjectLRU(historyObjectCache), filesystem.Options{KeepDescriptors: true, MaxOpenDescriptors: 64})
	r, err := git.Open(ks, nil)
	if err != nil {
		ks.Close()
		return nil, nil, fmt.Errorf("open %s for history: %w", g.RepoRoot, err)
	}
	return r, func() { ks.Close() }, nil
}

// Prefix is the review root's path relative to the work tree's top, slash-separated ("" at the top).
func (g *Git) Prefix() string { return strings.Join(g.prefix, "/") }

func detectGit(abs string) *Git {
	repo, err := git.PlainOpenWithOptions(abs, &git.PlainOpenOptions{DetectDotGit: true, EnableDotGitCommonDir: true})
	if err != nil {
		return nil
	}
	wt, err := repo.Worktree()
	if err != nil {
		return nil // a bare repository has no work tree to honour
	}
	top := wt.Filesystem.Root()
	rel, err := filepath.Rel(top, abs)
	if err != nil || strings.HasPrefix(rel, "..") {
		return nil
	}
	g := &Git{RepoRoot: top, repo: repo}
	if rel != "." {
		g.prefix = strings.Split(filepath.ToSlash(rel), "/")
	}
	return g
}

// inheritedIgnores reads .git/info/exclude and the .gitignore files of the folders between the work
// tree's top and the review root; the walk reads the ones at and below the root itself.
func (g *Git) inheritedIgnores() []gitignore.Pattern {
	var ps []gitignore.Pattern
	if data, err := readSmall(filepath.Join(g.RepoRoot, ".git", "info", "exclude")); err == nil {
		ps = append(ps, parseIgnore(data, nil)...)
	}
	for i := range g.prefix {
		dir := g.prefix[:i:i] // full slice expression: append below must not write into g.prefix
		p := filepath.Join(append([]string{g.RepoRoot}, append(dir, ".gitignore")...)...)
		if data, err := readSmall(p); err == nil {
			ps = append(ps, parseIgnore(data, dir)...)
		}
	}
	return ps
}

func readSmall(p string) ([]byte, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, 1<<20))
}

// ChangedSince returns the paths (relative to the review root) of the walked files whose content
// differs from their version at rev, including files that did not exist there. Unchanged files are
// recognised from the index's recorded size and modification time where possible and hashed otherwise.
func (t *Tree) ChangedSince(rev string) (map[string]bool, error) {
	if t.Git == nil {
		return nil, errors.New("--changed-since needs the review root to be inside a git work tree")
	}
	repo := t.Git.repo
	h, err := repo.ResolveRevision(plumbing.Revision(rev))
	if err != nil {
		return nil, fmt.Errorf("resolve %q: %w", rev, err)
	}
	commit, err := repo.CommitObject(*h)
	if err != nil {
		return nil, fmt.Errorf("resolve %q: %w", rev, err)
	}
	tree, err := commit.Tree()
	if err != nil {
		return nil, fmt.Errorf("tree of %q: %w", rev, err)
	}
	prefix := t.Git.Prefix()
	if prefix != "" {
		tree, err = tree.Tree(prefix)
		if errors.Is(err, object.ErrDirectoryNotFound) {
			tree = nil // the whole root is new since rev
		} else if err != nil {
			return nil, fmt.Errorf("tree of %q at %s: %w", rev, prefix, err)
		}
	}
	old := map[string]plumbing.Hash{}
	if tree != nil {
		err = tree.Files().ForEach(func(f *object.File) error {
			old[f.Name] = f.Hash
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("read tree of %q: %w", rev, err)
		}
	}
	idx := t.indexEntries()
	changed := map[string]bool{}
	for _, e := range t.Files {
		was, existed := old[e.Path]
		if !existed {
			changed[e.Path] = true
			continue
		}
		now, ok := idx.hashIfClean(t, e)
		if !ok {
			data, err := t.ReadFile(e.Path)
			if err != nil {
				changed[e.Path] = true // let the review report the read error
				continue
			}
			now = plumbing.ComputeHash(plumbing.BlobObject, data)
		}
		if now != was {
			changed[e.Path] = true
		}
	}
	return changed, nil
}

type indexView struct {
	byPath  map[string]*index.Entry
	written int64 // the index file's mtime, for git's "racy clean" rule
}

func (t *Tree) indexEntries() indexView {
	v := indexView{byPath: map[string]*index.Entry{}}
	idx, err := t.Git.repo.Storer.Index()
	if err != nil {
		return v
	}
	if st, err := os.Stat(filepath.Join(t.Git.RepoRoot, ".git", "index")); err == nil {
		v.written = st.ModTime().UnixNano()
	}
	prefix := t.Git.Prefix()
	for _, e := range idx.Entries {
		name := e.Name
		if prefix != "" {
			if !strings.HasPrefix(name, prefix+"/") {
				continue
			}
			name = name[len(prefix)+1:]
		}
		v.byPath[name] = e
	}
	return v
}

// hashIfClean returns the index's blob hash for a file whose size and mtime still match the index
// entry and that was not modified in the same instant the index was written.
func (v indexView) hashIfClean(t *Tree, e Entry) (plumbing.Hash, bool) {
	ie := v.byPath[e.Path]
	if ie == nil || int64(ie.Size) != e.Size {
		return plumbing.ZeroHash, false
	}
	st, err := t.fs.Stat(filepath.FromSlash(e.Path))
	if err != nil {
		return plumbing.ZeroHash, false
	}
	m := st.ModTime().UnixNano()
	if m != ie.ModifiedAt.UnixNano() || m >= v.written {
		return plumbing.ZeroHash, false
	}
	return ie.Hash, true
}
