package gitlabci

import (
	"bytes"
	"errors"
	"fmt"
	"path"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
	"gopkg.in/yaml.v3"

	"github.com/vigil-sec/vigil/internal/pipeline/ynode"
)

// Limits on includes (GitLab's own limit is 150 includes, extends nest at most 11 deep).
const (
	MaxIncludes     = 150
	MaxIncludeDepth = 100
	MaxExtendsDepth = 11
)

// keywords are top-level keys that are not jobs.
var keywords = map[string]bool{"default": true, "include": true, "stages": true, "variables": true, "workflow": true,
	"image": true, "services": true, "cache": true, "before_script": true, "after_script": true, "spec": true}

// Include is one `include:` entry.
type Include struct {
	// Kind is local, remote, project, template or component.
	Kind string
	// Target is the file, URL, project or component.
	Target    string
	Ref       string
	Integrity string
	Path      string
	Line      int
}

// Problem is a structural problem with its place.
type Problem struct {
	Path      string
	Line, Col int
	Key, Msg  string
}

// Config is a resolved configuration: the root file merged with its local includes.
type Config struct {
	Path     string
	Top      map[string]*Value
	TopOrder []string
	Includes []Include
	Problems []Problem
	// Unread lists local includes that could not be read or parsed.
	Unread []Problem
	// Files lists every file read, the root first.
	Files []string
	// KeyAt is where each top-level key is (last) defined.
	KeyAt map[string]Problem
}

// Parse parses a GitLab CI file. A component file's `spec:` header document is skipped.
func Parse(data []byte) (*yaml.Node, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	for i := 0; i < 2; i++ {
		var doc yaml.Node
		if err := dec.Decode(&doc); err != nil {
			if i == 0 {
				return ynode.Parse(data) // same error, with its line
			}
			break
		}
		if len(doc.Content) == 0 {
			continue
		}
		root := ynode.Resolve(doc.Content[0])
		if root == nil || root.Kind != yaml.MappingNode {
			return nil, &ynode.ParseError{Line: doc.Line, Msg: "a GitLab CI file must be a mapping, not " + ynode.KindName(root)}
		}
		if len(root.Content) == 2 && root.Content[0].Value == "spec" {
			continue
		}
		return root, nil
	}
	return nil, ynode.ErrEmpty
}

// Resolve merges the root file with its local includes. read returns a file of the repository by
// its path from the root; files lists the repository's paths (for wildcard includes).
func Resolve(rootPath string, root *yaml.Node, read func(string) ([]byte, error), files []string) *Config {
	c := &Config{Path: rootPath, Top: map[string]*Value{}, KeyAt: map[string]Problem{}}
	r := &resolver{c: c, read: read, files: files, seen: map[string]bool{}, budget: maxNodes}
	r.file(rootPath, root, 0)
	return c
}

type resolver struct {
	c         *Config
	read      func(string) ([]byte, error)
	files     []string
	seen      map[string]bool
	count     int
	budget    int
	truncated bool
}

// file merges one file: its includes first (so the including file overrides them), then its keys.
func (r *resolver) file(p string, root *yaml.Node, depth int) {
	r.seen[p] = true
	r.c.Files = append(r.c.Files, p)
	for _, pr := range ynode.Pairs(root) {
		if pr.Key.Value == "include" {
			r.includes(p, pr.Value, depth)
		}
	}
	for _, pr := range ynode.Pairs(root) {
		if pr.Key.Value == "include" {
			continue
		}
		v := convert(pr.Value, p, 0, &r.budget)
		if r.budget <= 0 && !r.truncated {
			r.truncated = true
			r.c.Unread = append(r.c.Unread, Problem{Path: p, Line: pr.Key.Line, Msg: fmt.Sprintf("configuration expands to more than %d entries; the rest was not read", maxNodes)})
		}
		if old, ok := r.c.Top[pr.Key.Value]; ok {
			r.c.Top[pr.Key.Value] = merge(old, v, 0)
		} else {
			r.c.Top[pr.Key.Value] = v
			r.c.TopOrder = append(r.c.TopOrder, pr.Key.Value)
		}
		r.c.KeyAt[pr.Key.Value] = Problem{Path: p, Line: pr.Key.Line, Col: pr.Key.Column}
	}
}

func (r *resolver) includes(from string, n *yaml.Node, depth int) {
	for _, it := range ynode.Items(n) {
		inc := Include{Path: from, Line: it.Line}
		switch {
		case it.Kind == yaml.ScalarNode:
			inc.Target = it.Value
			if strings.HasPrefix(it.Value, "http://") || strings.HasPrefix(it.Value, "https://") {
				inc.Kind = "remote"
			} else {
				inc.Kind = "local"
			}
		case it.Kind == yaml.MappingNode:
			for _, k := range []string{"local", "remote", "project", "template", "component"} {
				if v := ynode.Get(it, k); v != nil {
					inc.Kind, inc.Target = k, v.Value
				}
			}
			inc.Ref = ynode.Scalar(ynode.Get(it, "ref")).Value
			inc.Integrity = ynode.Scalar(ynode.Get(it, "integrity")).Value
		default:
			continue
		}
		r.c.Includes = append(r.c.Includes, inc)
		if inc.Kind == "local" {
			r.local(inc, depth)
		}
	}
}

func (r *resolver) local(inc Include, depth int) {
	target := strings.TrimPrefix(inc.Target, "/")
	if strings.Contains(target, "$") {
		r.unread(inc, "local include "+inc.Target+" uses a variable and was not followed")
		return
	}
	var paths []string
	if strings.ContainsAny(target, "*?[") {
		for _, f := range r.files {
			if ok, _ := doublestar.Match(target, f); ok {
				paths = append(paths, f)
			}
		}
	} else {
		paths = []string{path.Clean(target)}
	}
	for _, p := range paths {
		if r.seen[p] {
			continue
		}
		r.count++
		if r.count > MaxIncludes || depth >= MaxIncludeDepth {
			r.unread(inc, fmt.Sprintf("more than %d includes; %s was not read", MaxIncludes, p))
			return
		}
		data, err := r.read(p)
		if err != nil {
			r.unread(inc, "local include "+p+" cannot be read: "+cleanErr(err))
			continue
		}
		root, err := Parse(data)
		if err != nil {
			if errors.Is(err, ynode.ErrEmpty) {
				continue
			}
			var pe *ynode.ParseError
			line := 0
			if errors.As(err, &pe) {
				line = pe.Line
			}
			r.c.Unread = append(r.c.Unread, Problem{Path: p, Line: line, Msg: "included file does not parse: " + err.Error()})
			continue
		}
		r.file(p, root, depth+1)
	}
}

func (r *resolver) unread(inc Include, msg string) {
	r.c.Unread = append(r.c.Unread, Problem{Path: inc.Path, Line: inc.Line, Msg: msg})
}

func cleanErr(err error) string {
	msg := err.Error()
	if i := strings.LastIndex(msg, ": "); i >= 0 {
		return msg[i+2:]
	}
	return msg
}
