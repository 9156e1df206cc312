package terraform

import (
	"maps"
	"path"
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty/function"
)

// module is the configuration of one module directory: its declarations from every file.
type module struct {
	dir        string
	vars       map[string]*hclsyntax.Block
	varOrder   []string
	locals     map[string]*hclsyntax.Attribute
	localOrder []string
	outputs    map[string]*hclsyntax.Attribute
	resources  []*hclsyntax.Block
	calls      map[string]*hclsyntax.Block
	callOrder  []string
	funcs      map[string]function.Function
	src        map[string][]byte
}

var baseFunctions = functions()

// newModule gathers the declarations of a directory's files (sorted by path).
func newModule(dir string, files []*File) *module {
	m := &module{
		dir: dir, vars: map[string]*hclsyntax.Block{}, locals: map[string]*hclsyntax.Attribute{},
		outputs: map[string]*hclsyntax.Attribute{}, calls: map[string]*hclsyntax.Block{}, src: map[string][]byte{},
	}
	called := map[string]bool{}
	for _, f := range files {
		if f.Body == nil {
			continue
		}
		m.src[f.Path] = f.Src
		for _, b := range f.Body.Blocks {
			switch {
			case b.Type == "variable" && len(b.Labels) == 1:
				if _, dup := m.vars[b.Labels[0]]; !dup {
					m.varOrder = append(m.varOrder, b.Labels[0])
				}
				m.vars[b.Labels[0]] = b
			case b.Type == "locals":
				for _, a := range sortedAttrs(b.Body.Attributes) {
					if _, dup := m.locals[a.Name]; !dup {
						m.localOrder = append(m.localOrder, a.Name)
					}
					m.locals[a.Name] = a
				}
			case b.Type == "output" && len(b.Labels) == 1:
				if v, ok := b.Body.Attributes["value"]; ok {
					m.outputs[b.Labels[0]] = v
				}
			case (b.Type == "resource" || b.Type == "data") && len(b.Labels) == 2:
				m.resources = append(m.resources, b)
			case b.Type == "module" && len(b.Labels) == 1:
				if _, dup := m.calls[b.Labels[0]]; !dup {
					m.callOrder = append(m.callOrder, b.Labels[0])
				}
				m.calls[b.Labels[0]] = b
			}
		}
		hclsyntax.VisitAll(f.Body, func(n hclsyntax.Node) hcl.Diagnostics {
			if fc, ok := n.(*hclsyntax.FunctionCallExpr); ok {
				called[fc.Name] = true
			}
			return nil
		})
	}
	// Functions not evaluated here (file, timestamp, provider functions ...) give unknown values.
	m.funcs = baseFunctions
	cloned := false
	for _, name := range slices.Sorted(maps.Keys(called)) {
		if _, ok := baseFunctions[name]; !ok {
			if !cloned {
				m.funcs, cloned = maps.Clone(baseFunctions), true
			}
			m.funcs[name] = unknownFunc
		}
	}
	return m
}

// localSource resolves a module call's source to a directory relative to the reviewed root. ok is
// false for registry, git, HTTP and other remote sources, which are never downloaded.
func localSource(fromDir, source string) (dir string, ok bool) {
	if !strings.HasPrefix(source, "./") && !strings.HasPrefix(source, "../") && source != "." && source != ".." {
		return "", false
	}
	return path.Clean(path.Join(fromDir, source)), true
}
