// Package workspace decides which files a review reads: it walks a directory or a git work tree in
// parallel, honours .gitignore and excludes, never leaves the root through a symlink, skips binary
// and oversized files with a note, and detects each file's kind.
package workspace

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/bmatcuk/doublestar/v4"
	"github.com/go-git/go-git/v5/plumbing/format/gitignore"
)

// DefaultMaxFileSize is the size above which a file is skipped unless configured otherwise.
const DefaultMaxFileSize = 10 << 20

// Options shape a walk.
type Options struct {
	// NoIgnore reviews files that .gitignore would hide.
	NoIgnore bool
	// Exclude holds doublestar globs, relative to the root, of paths never to review ("vendor/**").
	Exclude []string
	// MaxFileSize skips larger files; zero means DefaultMaxFileSize.
	MaxFileSize int64
	// Concurrency bounds the directories read at once; zero means GOMAXPROCS*4.
	Concurrency int
}

// Entry is a regular file found by the walk.
type Entry struct {
	Path string // relative to the root, slash-separated
	Size int64
}

// Skip records a file the review did not read, and why.
type Skip struct {
	Path   string `json:"path"`
	Reason string `json:"reason"`
	// Line is set when a parse error names one.
	Line int `json:"line,omitempty"`
}

// Reasons for skipping files.
const (
	ReasonBinary           = "binary file"
	ReasonSymlinkOutside   = "symlink that points outside the root (not followed)"
	ReasonNotRegular       = "not a regular file"
	reasonTooLargePrefix   = "larger than the size limit"
	reasonUnreadablePrefix = "cannot be read"
)

// Tree is the reviewed root and what the walk found in it.
type Tree struct {
	Root    string // absolute path
	Files   []Entry
	Skipped []Skip
	// Ignored counts paths hidden by .gitignore or excludes; Symlinks counts links inside the root
	// that were not followed (their targets are reviewed in place).
	Ignored  int
	Symlinks int
	Git      *Git // nil when the root is not in a git work tree

	fs      *os.Root
	fast    *beneath
	maxSize int64
}

// Open walks root and returns the tree. The error is for a root that cannot be reviewed at all;
// problems with single files are recorded in Skipped.
func Open(ctx context.Context, root string, opts Options) (*Tree, error) {
	abs, err := filepath.Abs(root)
	if err != nil {
		return nil, err
	}
	st, err := os.Stat(abs)
	if err != nil {
		return nil, fmt.Errorf("review root: %w", err)
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("review root %s is not a directory", root)
	}
	rfs, err := os.OpenRoot(abs)
	if err != nil {
		return nil, fmt.Errorf("review root: %w", err)
	}
	t := &Tree{Root: abs, fs: rfs, fast: openBeneath(abs), maxSize: opts.MaxFileSize}
	if t.maxSize <= 0 {
		t.maxSize = DefaultMaxFileSize
	}
	for _, g := range opts.Exclude {
		if !doublestar.ValidatePattern(g) {
			return nil, fmt.Errorf("exclude pattern %q is not a valid glob", g)
		}
	}
	t.Git = detectGit(abs)
	var base []gitignore.Pattern
	if t.Git != nil && !opts.NoIgnore {
		base = t.Git.inheritedIgnores()
	}
	w := &walker{t: t, opts: opts, ctx: ctx, git: t.Git != nil && !opts.NoIgnore}
	n := opts.Concurrency
	if n <= 0 {
		n = runtime.GOMAXPROCS(0) * 4
	}
	w.sem = make(chan struct{}, n)
	w.wg.Add(1)
	w.dir("", base)
	w.wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	slices.SortFunc(t.Files, func(a, b Entry) int { return strings.Compare(a.Path, b.Path) })
	SortSkips(t.Skipped)
	return t, nil
}

// SortSkips orders skip records by path, then line.
func SortSkips(s []Skip) {
	slices.SortFunc(s, func(a, b Skip) int {
		if c := strings.Compare(a.Path, b.Path); c != 0 {
			return c
		}
		return a.Line - b.Line
	})
}

// Close releases the root.
func (t *Tree) Close() error {
	t.fast.close()
	return t.fs.Close()
}

type walker struct {
	t    *Tree
	opts Options
	ctx  context.Context
	git  bool
	sem  chan struct{}
	wg   sync.WaitGroup
	mu   sync.Mutex
}

func (w *walker) skip(rel, reason string) {
	w.mu.Lock()
	w.t.Skipped = append(w.t.Skipped, Skip{Path: rel, Reason: reason})
	w.mu.Unlock()
}

// Excluded reports whether a slash-separated path relative to the root, or a folder above it, matches
// one of the exclude globs: what the walk skips, for findings about paths it does not read (files
// in git history).
func Excluded(globs []string, rel string) bool {
	if excludeMatch(globs, rel, false) {
		return true
	}
	for dir := path.Dir(rel); dir != "." && dir != "/"; dir = path.Dir(dir) {
		if excludeMatch(globs, dir, true) {
			return true
		}
	}
	return false
}

// excludeMatch matches one path against the globs; a folder also as "dir/", so that "build/"
// names a folder.
func excludeMatch(globs []string, rel string, isDir bool) bool {
	for _, g := range globs {
		if ok, _ := doublestar.Match(g, rel); ok {
			return true
		}
		if isDir {
			if ok, _ := doublestar.Match(g, rel+"/"); ok {
				return true
			}
		}
	}
	return false
}

func (w *walker) excluded(rel string, isDir bool, m gitignore.Matcher) bool {
	if excludeMatch(w.opts.Exclude, rel, isDir) {
		return true
	}
	if m != nil {
		parts := strings.Split(rel, "/")
		if w.t.Git.prefix != nil {
			parts = append(slices.Clone(w.t.Git.prefix), parts...)
		}
		return m.Match(parts, isDir)
	}
	return false
}

// dir reads one directory. Subdirectories are walked in new goroutines while the semaphore has room,
// inline otherwise, so the walk never blocks on itself.
func (w *walker) dir(rel string, ignores []gitignore.Pattern) {
	defer w.wg.Done()
	if w.ctx.Err() != nil {
		return
	}
	name := rel
	if name == "" {
		name = "."
	}
	entries, err := w.readDir(name)
	if err != nil {
		w.skip(name, reasonUnreadablePrefix+": "+cleanErr(err))
		return
	}
	if w.git {
		for _, e := range entries {
			if e.Name() == ".gitignore" && e.Type().IsRegular() {
				ignores = w.loadIgnore(rel, ignores)
				break
			}
		}
	}
	var m gitignore.Matcher
	if len(ignores) > 0 {
		m = gitignore.NewMatcher(ignores)
	}
	var files []Entry
	for _, e := range entries {
		childRel := e.Name()
		if rel != "" {
			childRel = rel + "/" + e.Name()
		}
		typ := e.Type()
		switch {
		case e.Name() == ".git" && (typ.IsDir() || typ.IsRegular()):
			continue
		case typ&fs.ModeSymlink != 0:
			w.symlink(rel, childRel)
		case typ.IsDir():
			if w.excluded(childRel, true, m) {
				w.mu.Lock()
				w.t.Ignored++
				w.mu.Unlock()
				continue
			}
			w.wg.Add(1)
			select {
			case w.sem <- struct{}{}:
				go func() {
					defer func() { <-w.sem }()
					w.dir(childRel, ignores)
				}()
			default:
				w.dir(childRel, ignores)
			}
		case typ.IsRegular():
			if w.excluded(childRel, false, m) {
				w.mu.Lock()
				w.t.Ignored++
				w.mu.Unlock()
				continue
			}
			info, err := e.Info()
			if err != nil {
				w.skip(childRel, reasonUnreadablePrefix+": "+cleanErr(err))
				continue
			}
			if info.Size() > w.t.maxSize {
				w.skip(childRel, tooLarge(info.Size(), w.t.maxSize))
				continue
			}
			files = append(files, Entry{Path: childRel, Size: info.Size()})
		default:
			w.skip(childRel, ReasonNotRegular)
		}
	}
	if len(files) > 0 {
		w.mu.Lock()
		w.t.Files = append(w.t.Files, files...)
		w.mu.Unlock()
	}
}

func (w *walker) readDir(name string) ([]fs.DirEntry, error) {
	f, err := w.t.fs.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return f.ReadDir(-1)
}

func (w *walker) loadIgnore(rel string, inherited []gitignore.Pattern) []gitignore.Pattern {
	name := ".gitignore"
	if rel != "" {
		name = rel + "/.gitignore"
	}
	data, err := w.t.readLimited(name, 1<<20)
	if err != nil {
		w.skip(name, reasonUnreadablePrefix+": "+cleanErr(err))
		return inherited
	}
	domain := slices.Clone(w.t.Git.prefix)
	if rel != "" {
		domain = append(domain, strings.Split(rel, "/")...)
	}
	return append(slices.Clip(inherited), parseIgnore(data, domain)...)
}

func parseIgnore(data []byte, domain []string) []gitignore.Pattern {
	var ps []gitignore.Pattern
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSuffix(line, "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		ps = append(ps, gitignore.ParsePattern(line, domain))
	}
	return ps
}

func (w *walker) symlink(dirRel, rel string) {
	target, err := w.t.fs.Readlink(rel)
	if err == nil && !filepath.IsAbs(target) {
		joined := path.Join(dirRel, filepath.ToSlash(target))
		if joined != ".." && !strings.HasPrefix(joined, "../") {
			w.mu.Lock()
			w.t.Symlinks++
			w.mu.Unlock()
			return
		}
	}
	w.skip(rel, ReasonSymlinkOutside)
}

func tooLarge(size, limit int64) string {
	return fmt.Sprintf("%s (%s > %s)", reasonTooLargePrefix, humanBytes(size), humanBytes(limit))
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

// cleanErr drops the absolute root from an error so messages name paths relative to the review.
func cleanErr(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// File is a regular file read for review.
type File struct {
	Path    string
	Kind    Kind
	Content []byte
}

var binaryExt = map[string]bool{
	".png": true, ".jpg": true, ".jpeg": true, ".gif": true, ".ico": true, ".webp": true, ".bmp": true,
	".pdf": true, ".zip": true, ".gz": true, ".tgz": true, ".bz2": true, ".xz": true, ".7z": true,
	".jar": true, ".war": true, ".class": true, ".so": true, ".dll": true, ".exe": true, ".dylib": true,
	".woff": true, ".woff2": true, ".ttf": true, ".otf": true, ".eot": true, ".mp3": true, ".mp4": true,
	".wasm": true, ".o": true, ".a": true, ".pyc": true, ".iso": true, ".dmg": true, ".psd": true,
}

// Load reads an entry and detects its kind. A binary file, or one that cannot be read, comes back as
// a Skip instead.
func (t *Tree) Load(e Entry) (*File, *Skip) {
	if binaryExt[strings.ToLower(path.Ext(e.Path))] {
		return nil, &Skip{Path: e.Path, Reason: ReasonBinary}
	}
	data, err := t.readLimited(e.Path, t.maxSize)
	if err != nil {
		return nil, &Skip{Path: e.Path, Reason: reasonUnreadablePrefix + ": " + cleanErr(err)}
	}
	if IsBinary(data) {
		return nil, &Skip{Path: e.Path, Reason: ReasonBinary}
	}
	head := data
	if len(head) > 16<<10 {
		head = head[:16<<10]
	}
	return &File{Path: e.Path, Kind: DetectKind(e.Path, head), Content: data}, nil
}

// ReadFile reads a file below the root by its relative path, within the size limit. Symlinks that
// would leave the root are refused.
func (t *Tree) ReadFile(rel string) ([]byte, error) { return t.readLimited(rel, t.maxSize) }

var errTooLarge = errors.New(reasonTooLargePrefix)

func (t *Tree) readLimited(rel string, limit int64) ([]byte, error) {
	if data, err, ok := t.fast.read(rel, limit); ok {
		return data, err
	}
	f, err := t.fs.Open(filepath.FromSlash(rel))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, errors.New(ReasonNotRegular)
	}
	buf := bytes.NewBuffer(make([]byte, 0, min(st.Size(), limit)+1))
	n, err := io.Copy(buf, io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if n > limit {
		return nil, fmt.Errorf("%w (%s)", errTooLarge, humanBytes(limit))
	}
	return buf.Bytes(), nil
}

// IsBinary applies git's test: a NUL byte in the first 8000 bytes.
func IsBinary(data []byte) bool {
	if len(data) > 8000 {
		data = data[:8000]
	}
	return bytes.IndexByte(data, 0) >= 0
}
