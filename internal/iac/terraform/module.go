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
	vars       map[string]*block
	varOrder   []string
	locals     map[string]*hcl.Attribute
	localOrder []string
	outputs    map[string]*hcl.Attribute
	resources  []*block
	calls      map[string]*block
	callOrder  []string
	funcs      map[string]function.Function
	src        map[string][]byte
}

var baseFunctions = functions()

// newModule gathers the declarations of a directory's files (sorted by path).
func newModule(dir string, files []*File) *module {
	m := &module{
		dir: dir, vars: map[string]*block{}, locals: map[string]*hcl.Attribute{},
		outputs: map[string]*hcl.Attribute{}, calls: map[string]*block{}, src: map[string][]byte{},
	}
	called := map[string]bool{}
	for _, f := range files {
		if !f.IsConfig() {
			continue
		}
		m.src[f.Path] = f.Src
		for _, b := range f.blocks() {
			switch {
			case b.typ == "variable" && len(b.labels) == 1:
				if _, dup := m.vars[b.labels[0]]; !dup {
					m.varOrder = append(m.varOrder, b.labels[0])
				}
				m.vars[b.labels[0]] = b
			case b.typ == "locals":
				for _, a := range b.sortedAttrs() {
					if _, dup := m.locals[a.Name]; !dup {
						m.localOrder = append(m.localOrder, a.Name)
					}
					m.locals[a.Name] = a
				}
			case b.typ == "output" && len(b.labels) == 1:
				if v, ok := b.attrs["value"]; ok {
					m.outputs[b.labels[0]] = v
				}
			case (b.typ == "resource" || b.typ == "data") && len(b.labels) == 2:
				m.resources = append(m.resources, b)
			case b.typ == "module" && len(b.labels) == 1:
				if _, dup := m.calls[b.labels[0]]; !dup {
					m.callOrder = append(m.callOrder, b.labels[0])
				}
				m.calls[b.labels[0]] = b
			}
		}
		if f.Body != nil {
			hclsyntax.VisitAll(f.Body, func(n hclsyntax.Node) hcl.Diagnostics {
				if fc, ok := n.(*hclsyntax.FunctionCallExpr); ok {
					called[fc.Name] = true
				}
				return nil
			})
		}
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

// block is a top-level declaration (variable, locals, output, resource, data, module) in native
// syntax or in Terraform's JSON syntax.
type block struct {
	typ    string
	labels []string
	body   hcl.Body
	// attrs are the body's attributes; in JSON syntax every property is one, nested blocks
	// included (they become objects).
	attrs  map[string]*hcl.Attribute
	rng    hcl.Range
	native *hclsyntax.Block // nil for JSON syntax
}

// topSchema is the part of a configuration file that is evaluated.
var topSchema = &hcl.BodySchema{Blocks: []hcl.BlockHeaderSchema{
	{Type: "variable", LabelNames: []string{"name"}},
	{Type: "locals"},
	{Type: "output", LabelNames: []string{"name"}},
	{Type: "resource", LabelNames: []string{"type", "name"}},
	{Type: "data", LabelNames: []string{"type", "name"}},
	{Type: "module", LabelNames: []string{"name"}},
}}

// blocks returns the file's top-level declarations in source order.
func (f *File) blocks() []*block {
	var out []*block
	if f.Body != nil {
		for _, b := range f.Body.Blocks {
			nb := &block{typ: b.Type, labels: b.Labels, body: b.Body, rng: b.Range(), native: b, attrs: map[string]*hcl.Attribute{}}
			for name, a := range b.Body.Attributes {
				nb.attrs[name] = a.AsHCLAttribute()
			}
			out = append(out, nb)
		}
		return out
	}
	if f.JSON == nil {
		return nil
	}
	content, _, _ := f.JSON.PartialContent(topSchema)
	if content == nil {
		return nil
	}
	for _, b := range content.Blocks {
		attrs, _ := b.Body.JustAttributes()
		if attrs == nil {
			attrs = hcl.Attributes{}
		}
		out = append(out, &block{typ: b.Type, labels: b.Labels, body: b.Body, attrs: attrs, rng: b.DefRange})
	}
	return out
}

// sortedAttrs returns the block's attributes in source order.
func (b *block) sortedAttrs() []*hcl.Attribute {
	return sortAttributes(b.attrs)
}

func sortAttributes(attrs map[string]*hcl.Attribute) []*hcl.Attribute {
	out := make([]*hcl.Attribute, 0, len(attrs))
	for _, a := range attrs {
		out = append(out, a)
	}
	slices.SortFunc(out, func(a, b *hcl.Attribute) int {
		if a.Range.Start.Byte != b.Range.Start.Byte {
			return a.Range.Start.Byte - b.Range.Start.Byte
		}
		return strings.Compare(a.Name, b.Name)
	})
	return out
}
