package kustomize

import (
	"bytes"
	"fmt"
	"io"
	"path"
	"path/filepath"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"
	"sigs.k8s.io/kustomize/kyaml/filesys"

	"github.com/vigil-sec/vigil/internal/iac/yamlvalue"
	"github.com/vigil-sec/vigil/internal/workspace"
)

// treeFS is a read-only kustomize file system over the reviewed tree, rooted at "/". Files are
// copied into an in-memory file system when kustomize first asks about them, so nothing outside
// the tree is ever read, and nothing is written to disk. Kustomization files are served with their
// remote resources removed (and recorded), so kustomize never fetches anything; the root
// kustomization also gets buildMetadata: [originAnnotations], which tells where each object came
// from.
type treeFS struct {
	filesys.FileSystem
	tree   *workspace.Tree
	files  map[string]int64 // slash path relative to the root -> size
	dirs   map[string][]string
	root   string // the kustomization directory being built, relative
	mu     sync.Mutex
	loaded map[string]bool
	remote []remoteRef
	// refused lists files not given to kustomize because they would cost unbounded memory.
	refused []workspace.Skip
	budget  int64
}

// safeYAML refuses YAML files that kustomize would expand without bound: alias bombs and deep
// nesting (kustomize copies aliased nodes in full).
func safeYAML(r string, data []byte) error {
	switch path.Ext(r) {
	case ".yaml", ".yml", ".json", "":
	default:
		return nil
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	for {
		var doc yaml.Node
		err := dec.Decode(&doc)
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return nil // not YAML kustomize can read either; it reports the error itself
		}
		if err := yamlvalue.CheckSize(&doc, yamlvalue.Limits{MaxDocumentBytes: maxBytes, MaxNodes: 200_000, MaxDepth: 256}); err != nil {
			return fmt.Errorf("%s: %w", r, err)
		}
	}
}

// remoteRef is a kustomization entry that names something outside the tree.
type remoteRef struct {
	Kustomization string // path of the kustomization file
	Line          int
	Field         string
	Target        string
}

func newTreeFS(tree *workspace.Tree, root string, budget int64) *treeFS {
	fs := &treeFS{FileSystem: filesys.MakeFsInMemory(), tree: tree, files: map[string]int64{}, dirs: map[string][]string{}, root: root, loaded: map[string]bool{}, budget: budget}
	children := map[string]map[string]bool{}
	add := func(dir, child string) bool {
		if children[dir] == nil {
			children[dir] = map[string]bool{}
		}
		if children[dir][child] {
			return false
		}
		children[dir][child] = true
		fs.dirs[dir] = append(fs.dirs[dir], child)
		return true
	}
	for _, e := range tree.Files {
		fs.files[e.Path] = e.Size
		add(path.Dir(e.Path), e.Path)
		for d := path.Dir(e.Path); d != "."; d = path.Dir(d) {
			if !add(path.Dir(d), d) {
				break
			}
		}
	}
	return fs
}

// rel turns a kustomize path ("/a/b") into a tree path ("a/b"), "." for the root.
func rel(p string) string {
	c := path.Clean("/" + filepath.ToSlash(p))
	if c == "/" {
		return "."
	}
	return strings.TrimPrefix(c, "/")
}

// ensure copies the file at p, or the entries of the directory at p, into memory.
func (fs *treeFS) ensure(p string) {
	r := rel(p)
	fs.mu.Lock()
	defer fs.mu.Unlock()
	if fs.loaded[r] {
		return
	}
	fs.loaded[r] = true
	if _, ok := fs.files[r]; ok {
		fs.load(r)
		return
	}
	if entries, ok := fs.dirs[r]; ok {
		_ = fs.FileSystem.MkdirAll("/" + strings.TrimPrefix(r, "."))
		for _, e := range entries {
			if _, isFile := fs.files[e]; isFile {
				fs.load(e)
			} else {
				_ = fs.FileSystem.MkdirAll("/" + e)
			}
		}
	}
}

// load copies one file; the caller holds the lock.
func (fs *treeFS) load(r string) {
	if fs.loaded["file:"+r] {
		return
	}
	fs.loaded["file:"+r] = true
	fs.budget -= fs.files[r]
	if fs.budget < 0 {
		return // over budget: the file stays absent and kustomize reports it missing
	}
	data, err := fs.tree.ReadFile(r)
	if err != nil {
		return
	}
	if err := safeYAML(r, data); err != nil {
		fs.refused = append(fs.refused, workspace.Skip{Path: r, Reason: "kustomize: " + err.Error()})
		return // left absent: kustomize reports the resource missing
	}
	if isKustomization(r) {
		data = fs.sanitize(r, data)
	}
	_ = fs.FileSystem.MkdirAll("/" + path.Dir(r))
	_ = fs.FileSystem.WriteFile("/"+r, data)
}

func isKustomization(r string) bool {
	switch path.Base(r) {
	case "kustomization.yaml", "kustomization.yml", "Kustomization":
		return true
	}
	return false
}

// sanitize drops remote entries from a kustomization and, for the root one, asks for origin
// annotations.
func (fs *treeFS) sanitize(r string, data []byte) []byte {
	var doc yaml.Node
	if yaml.Unmarshal(data, &doc) != nil || len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return data
	}
	m := doc.Content[0]
	dir := path.Dir(r)
	for i := 0; i+1 < len(m.Content); i += 2 {
		field := m.Content[i].Value
		if field != "resources" && field != "bases" && field != "components" {
			continue
		}
		seq := m.Content[i+1]
		if seq.Kind != yaml.SequenceNode {
			continue
		}
		var keep []*yaml.Node
		for _, it := range seq.Content {
			target := it.Value
			local := path.Clean(path.Join(dir, target))
			_, isFile := fs.files[local]
			_, isDir := fs.dirs[local]
			if !isFile && !isDir && looksRemote(target) {
				fs.remote = append(fs.remote, remoteRef{Kustomization: r, Line: it.Line, Field: field, Target: target})
				continue
			}
			keep = append(keep, it)
		}
		seq.Content = keep
	}
	if path.Dir(r) == fs.root {
		m.Content = append(m.Content,
			&yaml.Node{Kind: yaml.ScalarNode, Value: "buildMetadata"},
			&yaml.Node{Kind: yaml.SequenceNode, Content: []*yaml.Node{{Kind: yaml.ScalarNode, Value: "originAnnotations"}}})
	}
	out, err := yaml.Marshal(&doc)
	if err != nil {
		return data
	}
	return out
}

// looksRemote reports whether a kustomization entry names a URL or a repository.
func looksRemote(s string) bool {
	l := strings.ToLower(s)
	if strings.Contains(l, "://") || strings.HasPrefix(l, "git@") || strings.HasPrefix(l, "git::") {
		return true
	}
	first, _, _ := strings.Cut(l, "/")
	return strings.Contains(first, ".") && !strings.HasPrefix(first, ".") && strings.Contains(l, "/")
}

func (fs *treeFS) Open(p string) (filesys.File, error) { fs.ensure(p); return fs.FileSystem.Open(p) }
func (fs *treeFS) IsDir(p string) bool                 { fs.ensure(p); return fs.FileSystem.IsDir(p) }
func (fs *treeFS) Exists(p string) bool                { fs.ensure(p); return fs.FileSystem.Exists(p) }
func (fs *treeFS) ReadFile(p string) ([]byte, error)   { fs.ensure(p); return fs.FileSystem.ReadFile(p) }
func (fs *treeFS) ReadDir(p string) ([]string, error)  { fs.ensure(p); return fs.FileSystem.ReadDir(p) }
func (fs *treeFS) Glob(pattern string) ([]string, error) {
	fs.ensure(path.Dir(pattern))
	return fs.FileSystem.Glob(pattern)
}
func (fs *treeFS) CleanedAbs(p string) (filesys.ConfirmedDir, string, error) {
	fs.ensure(p)
	fs.ensure(path.Dir(p))
	return fs.FileSystem.CleanedAbs(p)
}

// Walk loads the whole subtree first.
func (fs *treeFS) Walk(p string, fn filepath.WalkFunc) error {
	r := rel(p)
	for f := range fs.files {
		if r == "." || strings.HasPrefix(f, r+"/") {
			fs.ensure("/" + f)
			fs.ensure("/" + path.Dir(f))
		}
	}
	return fs.FileSystem.Walk(p, fn)
}

// Write refuses: a review never writes.
func (fs *treeFS) WriteFile(string, []byte) error { return errReadOnly }

// Create refuses: a review never writes.
func (fs *treeFS) Create(string) (filesys.File, error) { return nil, errReadOnly }

// RemoveAll refuses: a review never writes.
func (fs *treeFS) RemoveAll(string) error { return errReadOnly }
