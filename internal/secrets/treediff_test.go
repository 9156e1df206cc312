package secrets

import (
	"slices"
	"testing"

	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/filemode"
	"github.com/go-git/go-git/v5/plumbing/object"
)

// compareEntries must agree with git's tree order, where "a/" (a folder) sorts after "a.txt" and
// before "a0", a file "a" sorts before "a.txt", and "b-c" and "b.d" sort before the folder "b".
func TestCompareEntriesFollowsGitOrder(t *testing.T) {
	dir := func(n string) entry { return entry{name: []byte(n), mode: filemode.Dir} }
	file := func(n string) entry { return entry{name: []byte(n), mode: filemode.Regular} }
	want := []entry{file("a"), file("a.txt"), dir("a"), file("a0"), file("b-c"), dir("b.d"), dir("b")}
	got := []entry{dir("b.d"), file("a0"), dir("a"), file("b-c"), file("a"), dir("b"), file("a.txt")}
	slices.SortFunc(got, compareEntries)
	names := func(es []entry) (out []string) {
		for _, e := range es {
			out = append(out, string(e.name)+map[bool]string{true: "/"}[e.mode == filemode.Dir])
		}
		return out
	}
	if !slices.Equal(names(got), names(want)) {
		t.Fatalf("order %v, want %v", names(got), names(want))
	}
	if compareEntries(dir("a"), file("a")) == 0 {
		t.Fatal("a folder and a file of one name are different entries")
	}
}

// The raw reader sees exactly the entries go-git's decoder sees.
func TestRawTreeMatchesGoGit(t *testing.T) {
	r := newHistoryRepo(t)
	c := r.commit("alice", map[string]string{"a.txt": "1", "a/b.txt": "2", "a0": "3", "run.sh": "4", "z/y/x.go": "5"})
	commit, err := r.repo.CommitObject(c)
	if err != nil {
		t.Fatal(err)
	}
	tree, err := commit.Tree()
	if err != nil {
		t.Fatal(err)
	}
	raw, err := newTreeCache(r.repo.Storer, 1<<20).get(tree.Hash)
	if err != nil {
		t.Fatal(err)
	}
	var got []object.TreeEntry
	for len(raw) > 0 {
		var e entry
		if e, raw, err = next(raw); err != nil {
			t.Fatal(err)
		}
		got = append(got, object.TreeEntry{Name: string(e.name), Mode: e.mode, Hash: e.hash})
	}
	if !slices.Equal(got, tree.Entries) {
		t.Fatalf("raw entries %v, go-git %v", got, tree.Entries)
	}
}

// Malformed trees (hostile repositories) are errors, never panics.
func TestMalformedTree(t *testing.T) {
	var id plumbing.Hash
	good := append([]byte("100644 a.txt\x00"), id[:]...)
	for _, raw := range [][]byte{
		[]byte("100644"), []byte(" a\x00"), []byte("10x644 a\x00" + string(id[:])), []byte("100644 \x00" + string(id[:])),
		append([]byte("100644 a.txt\x00"), id[:19]...), []byte("777777777777 a\x00" + string(id[:])),
	} {
		if _, _, err := next(raw); err == nil {
			t.Errorf("%q: no error", raw)
		}
	}
	if e, rest, err := next(good); err != nil || string(e.name) != "a.txt" || e.mode != filemode.Regular || len(rest) != 0 {
		t.Errorf("good entry: %+v %q %v", e, rest, err)
	}
}
