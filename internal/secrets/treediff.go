package secrets

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"

	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/filemode"
	"github.com/go-git/go-git/v5/plumbing/storer"
)

// treeCache keeps recently read trees as their raw object bytes. A walk from the tips down meets a
// commit's trees again as the next commit's parent trees, so a small cache reads each tree about
// once. Raw bytes are compared in place: decoding a 2,000-entry folder into go-git's object.Tree for
// every commit (a string and a struct per entry) was half the time of a history scan.
type treeCache struct {
	s     storer.EncodedObjectStorer
	trees map[plumbing.Hash][]byte
	order []plumbing.Hash
	bytes int
	max   int
}

func newTreeCache(s storer.EncodedObjectStorer, maxBytes int) *treeCache {
	return &treeCache{s: s, trees: map[plumbing.Hash][]byte{}, max: maxBytes}
}

func (c *treeCache) get(h plumbing.Hash) ([]byte, error) {
	if t, ok := c.trees[h]; ok {
		return t, nil
	}
	obj, err := c.s.EncodedObject(plumbing.TreeObject, h)
	if err != nil {
		return nil, fmt.Errorf("tree %s: %w", h, err)
	}
	if obj.Size() < 0 || obj.Size() > maxTreeBytes {
		return nil, fmt.Errorf("tree %s: %d bytes is larger than the %d byte limit", h, obj.Size(), maxTreeBytes)
	}
	r, err := obj.Reader()
	if err != nil {
		return nil, fmt.Errorf("tree %s: %w", h, err)
	}
	t := make([]byte, obj.Size()) // one allocation of the known size, not ReadAll's doubling
	_, err = io.ReadFull(r, t)
	r.Close()
	if err != nil {
		return nil, fmt.Errorf("tree %s: %w", h, err)
	}
	for c.bytes+len(t) > c.max && len(c.order) > 0 {
		old := c.order[0]
		c.order = c.order[1:]
		c.bytes -= len(c.trees[old])
		delete(c.trees, old)
	}
	c.trees[h] = t
	c.order = append(c.order, h)
	c.bytes += len(t)
	return t, nil
}

// maxTreeBytes bounds one tree object (a folder of about a million entries).
const maxTreeBytes = 64 << 20

// entry is one tree entry, its name still inside the raw tree.
type entry struct {
	name []byte
	mode filemode.FileMode
	hash plumbing.Hash
}

var errBadTree = errors.New("malformed tree object")

// next reads the entry at the start of raw ("<octal mode> <name>\0<20-byte id>") and returns the
// rest. A malformed tree is an error, never a panic.
func next(raw []byte) (entry, []byte, error) {
	sp := bytes.IndexByte(raw, ' ')
	if sp <= 0 {
		return entry{}, nil, errBadTree
	}
	var mode uint32
	for _, c := range raw[:sp] {
		if c < '0' || c > '7' || mode > 1<<28 {
			return entry{}, nil, errBadTree
		}
		mode = mode<<3 | uint32(c-'0')
	}
	nul := bytes.IndexByte(raw[sp+1:], 0)
	if nul <= 0 || sp+1+nul+1+20 > len(raw) {
		return entry{}, nil, errBadTree
	}
	e := entry{name: raw[sp+1 : sp+1+nul], mode: filemode.FileMode(mode)}
	copy(e.hash[:], raw[sp+1+nul+1:])
	return e, raw[sp+1+nul+1+20:], nil
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
	var old []byte
	if !from.IsZero() {
		if old, err = c.get(from); err != nil {
			return err
		}
	}
	// Both trees are in git's tree order (names compared as bytes, a folder's name with a trailing
	// slash), so one merge pass pairs their entries.
	var prev entry
	havePrev := false
	advance := func() error {
		havePrev = false
		if len(old) == 0 {
			return nil
		}
		var err error
		prev, old, err = next(old)
		if err != nil {
			return fmt.Errorf("tree %s: %w", from, err)
		}
		havePrev = true
		return nil
	}
	if err := advance(); err != nil {
		return err
	}
	for len(nt) > 0 {
		var e entry
		e, nt, err = next(nt)
		if err != nil {
			return fmt.Errorf("tree %s: %w", to, err)
		}
		for havePrev && compareEntries(prev, e) < 0 {
			if err := advance(); err != nil {
				return err
			}
		}
		had := havePrev && compareEntries(prev, e) == 0
		if had && prev.hash == e.hash && prev.mode == e.mode {
			continue
		}
		p := string(e.name)
		if prefix != "" {
			p = prefix + "/" + p
		}
		switch e.mode {
		case filemode.Dir:
			var base plumbing.Hash
			if had {
				base = prev.hash
			}
			// The recursion may evict this tree from the cache; nt and old stay valid slices.
			if err := c.changedFiles(base, e.hash, p, fn); err != nil {
				return err
			}
		case filemode.Regular, filemode.Executable, filemode.Deprecated:
			if err := fn(p, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// compareEntries orders entries as git orders a tree: by name as bytes, a folder's name as if it
// ended in "/". It allocates nothing.
func compareEntries(a, b entry) int {
	n := min(len(a.name), len(b.name))
	if c := bytes.Compare(a.name[:n], b.name[:n]); c != 0 {
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
func keyByte(e entry, k int) int {
	switch {
	case k < len(e.name):
		return int(e.name[k])
	case k == len(e.name) && e.mode == filemode.Dir:
		return '/'
	}
	return -1
}
