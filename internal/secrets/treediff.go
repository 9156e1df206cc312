package secrets

import (
	"cmp"
	"strings"

	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/filemode"
	"github.com/go-git/go-git/v5/plumbing/object"
	"github.com/go-git/go-git/v5/plumbing/storer"
)

// treeCache keeps recently decoded trees. A walk from the tips down meets a commit's trees again as
// the next commit's parent trees, so a small cache decodes each tree about once. It is bounded by
// the number of entries it holds, not trees, since one tree may hold thousands.
type treeCache struct {
	s       storer.EncodedObjectStorer
	trees   map[plumbing.Hash]*object.Tree
	order   []plumbing.Hash
	entries int
	max     int
}

func newTreeCache(s storer.EncodedObjectStorer, maxEntries int) *treeCache {
	return &treeCache{s: s, trees: map[plumbing.Hash]*object.Tree{}, max: maxEntries}
}

func (c *treeCache) get(h plumbing.Hash) (*object.Tree, error) {
	if t, ok := c.trees[h]; ok {
		return t, nil
	}
	t, err := object.GetTree(c.s, h)
	if err != nil {
		return nil, err
	}
	for c.entries+len(t.Entries) > c.max && len(c.order) > 0 {
		old := c.order[0]
		c.order = c.order[1:]
		c.entries -= len(c.trees[old].Entries)
		delete(c.trees, old)
	}
	c.trees[h] = t
	c.order = append(c.order, h)
	c.entries += len(t.Entries)
	return t, nil
}

// changedFiles calls fn for every regular or executable file of tree "to" that is absent from, or
// different in, tree "from" (which may be zero: everything is new). It descends only into subtrees
// whose ids differ, so an unchanged folder costs one comparison however large it is; go-git's
// merkletrie diff decodes every child tree of a changed folder to count its children.
func (c *treeCache) changedFiles(from, to plumbing.Hash, prefix string, fn func(path string, blob plumbing.Hash) error) error {
	if from == to {
		return nil
	}
	nt, err := c.get(to)
	if err != nil {
		return err
	}
	var old []object.TreeEntry
	if !from.IsZero() {
		ot, err := c.get(from)
		if err != nil {
			return err
		}
		old = ot.Entries
	}
	// Both entry lists are in git's tree order (names compared as bytes, a folder's name with a
	// trailing slash), so one merge pass pairs them without building a map per tree.
	i := 0
	for _, e := range nt.Entries {
		for i < len(old) && compareEntries(old[i], e) < 0 {
			i++
		}
		var prev object.TreeEntry
		had := i < len(old) && compareEntries(old[i], e) == 0
		if had {
			prev = old[i]
		}
		if had && prev.Hash == e.Hash && prev.Mode == e.Mode {
			continue
		}
		p := e.Name
		if prefix != "" {
			p = prefix + "/" + e.Name
		}
		switch e.Mode {
		case filemode.Dir:
			var base plumbing.Hash
			if had {
				base = prev.Hash
			}
			if err := c.changedFiles(base, e.Hash, p, fn); err != nil {
				return err
			}
		case filemode.Regular, filemode.Executable, filemode.Deprecated:
			if err := fn(p, e.Hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// compareEntries orders entries as git orders a tree: by name as bytes, a folder's name as if it
// ended in "/". It allocates nothing.
func compareEntries(a, b object.TreeEntry) int {
	n := min(len(a.Name), len(b.Name))
	if c := strings.Compare(a.Name[:n], b.Name[:n]); c != 0 {
		return c
	}
	for k := n; ; k++ {
		ca, cb := keyByte(a, k), keyByte(b, k)
		if ca != cb || ca < 0 {
			return cmp.Compare(ca, cb)
		}
	}
}

// keyByte is byte k of the entry's sort key, or -1 past its end.
func keyByte(e object.TreeEntry, k int) int {
	switch {
	case k < len(e.Name):
		return int(e.Name[k])
	case k == len(e.Name) && e.Mode == filemode.Dir:
		return '/'
	}
	return -1
}
