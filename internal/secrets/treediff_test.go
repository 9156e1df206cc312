package secrets

import (
	"slices"
	"testing"

	"github.com/go-git/go-git/v5/plumbing/filemode"
	"github.com/go-git/go-git/v5/plumbing/object"
)

// compareEntries must agree with git's tree order, where "a/" (a folder) sorts after "a.txt" and
// before "a0", a file "a" sorts before "a.txt", and "b-c" and "b.d" sort before the folder "b".
func TestCompareEntriesFollowsGitOrder(t *testing.T) {
	dir := func(n string) object.TreeEntry { return object.TreeEntry{Name: n, Mode: filemode.Dir} }
	file := func(n string) object.TreeEntry { return object.TreeEntry{Name: n, Mode: filemode.Regular} }
	want := []object.TreeEntry{file("a"), file("a.txt"), dir("a"), file("a0"), file("b-c"), dir("b.d"), dir("b")}
	got := []object.TreeEntry{dir("b.d"), file("a0"), dir("a"), file("b-c"), file("a"), dir("b"), file("a.txt")}
	slices.SortFunc(got, compareEntries)
	if !slices.Equal(got, want) {
		t.Fatalf("order %v, want %v", got, want)
	}
	if compareEntries(dir("a"), file("a")) == 0 {
		t.Fatal("a folder and a file of one name are different entries")
	}
}
