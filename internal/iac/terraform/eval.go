package terraform

import (
	"fmt"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/ext/typeexpr"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"

	"github.com/vigil-sec/vigil/internal/iac/resource"
)

// Options configure evaluation.
type Options struct {
	// VarFiles are variable definitions files, relative to the reviewed root, applied to every root
	// module after its terraform.tfvars and *.auto.tfvars, as `terraform plan -var-file=F` does.
	VarFiles []string
}

// Problem is a part of a configuration that could not be evaluated (a circular reference, a
// module that calls itself); the rest of the configuration is evaluated all the same.
type Problem struct {
	Path   string
	Line   int
	Reason string
}

// Result is what evaluation produced.
type Result struct {
	Resources []*resource.Resource
	Problems  []Problem
	// Notes are review-wide remarks: remote modules that were not downloaded.
	Notes []string
}

// Loader returns the parsed configuration files of a module directory that was not among the
// files given to Evaluate (a module outside the reviewed change), or nil.
type Loader func(dir string) []*File

// maxModuleDepth bounds nested module calls.
const maxModuleDepth = 16

// maxInstanceKeys bounds the instance keys kept for one resource.
const maxInstanceKeys = 1000

// Evaluate evaluates every root module among files: each directory of configuration files that no
// other directory calls as a local module. Variable definitions files apply to the root module of
// their directory. load may be nil.
func Evaluate(files []*File, opts Options, load Loader) *Result {
	ev := &evaluator{opts: opts, load: load, modules: map[string]*module{}, byDir: map[string][]*File{},
		byPath: map[string]*File{}, res: &Result{}, seen: map[string]bool{}}
	for _, f := range files {
		ev.byDir[f.Dir()] = append(ev.byDir[f.Dir()], f)
		ev.byPath[f.Path] = f
	}
	var dirs []string
	for dir, fs := range ev.byDir {
		slices.SortFunc(fs, func(a, b *File) int { return strings.Compare(a.Path, b.Path) })
		if slices.ContainsFunc(fs, (*File).IsConfig) {
			dirs = append(dirs, dir)
		}
	}
	slices.Sort(dirs)
	called := map[string]bool{}
	for _, dir := range dirs {
		m := ev.module(dir)
		for _, name := range m.callOrder {
			if src, ok := literalString(m.calls[name].attrs["source"]); ok {
				if to, local := localSource(dir, src); local && to != dir {
					called[to] = true
				}
			}
		}
	}
	for _, dir := range dirs {
		if called[dir] {
			continue
		}
		m := ev.module(dir)
		in := ev.newInstance(m, dir, "", nil, ev.rootVars(m), []string{dir})
		in.run()
	}
	slices.Sort(ev.res.Notes)
	ev.res.Notes = slices.Compact(ev.res.Notes)
	return ev.res
}

type evaluator struct {
	opts    Options
	load    Loader
	modules map[string]*module
	byDir   map[string][]*File
	byPath  map[string]*File
	res     *Result
	seen    map[string]bool
}

func (ev *evaluator) module(dir string) *module {
	if m, ok := ev.modules[dir]; ok {
		return m
	}
	fs := ev.byDir[dir]
	if len(fs) == 0 && ev.load != nil {
		fs = ev.load(dir)
	}
	var m *module
	if slices.ContainsFunc(fs, (*File).IsConfig) {
		m = newModule(dir, fs)
	}
	ev.modules[dir] = m
	return m
}

func (ev *evaluator) problem(p Problem) {
	key := fmt.Sprintf("%s:%d:%s", p.Path, p.Line, p.Reason)
	if !ev.seen[key] {
		ev.seen[key] = true
		ev.res.Problems = append(ev.res.Problems, p)
	}
}

func (ev *evaluator) note(msg string) { ev.res.Notes = append(ev.res.Notes, msg) }

// rootVars gives a root module's variables: defaults, then terraform.tfvars, *.auto.tfvars (in
// name order) and the configured var files.
func (ev *evaluator) rootVars(m *module) map[string]input {
	set := map[string]input{}
	var files []*File
	for _, f := range ev.byDir[m.dir] {
		base := strings.ToLower(path.Base(f.Path))
		if f.Vars != nil && (base == "terraform.tfvars" || base == "terraform.tfvars.json") {
			files = append(files, f)
		}
	}
	for _, f := range ev.byDir[m.dir] {
		base := strings.ToLower(path.Base(f.Path))
		if f.Vars != nil && (strings.HasSuffix(base, ".auto.tfvars") || strings.HasSuffix(base, ".auto.tfvars.json")) {
			files = append(files, f)
		}
	}
	for _, p := range ev.opts.VarFiles {
		if f := ev.byPath[path.Clean(p)]; f != nil && f.Vars != nil {
			files = append(files, f)
		}
	}
	for _, f := range files {
		for _, a := range f.Vars {
			v, diags := a.Expr.Value(nil)
			if diags.HasErrors() {
				v = cty.DynamicVal
			}
			set[a.Name] = input{val: v}
		}
	}
	return set
}

// input is a module variable's value and the resources it was computed from.
type input struct {
	val  cty.Value
	refs []string
}

type slot struct {
	state int // 0 new, 1 evaluating, 2 done
	val   cty.Value
	refs  []string
}

type child struct {
	state   int
	inst    *instance // nil when the module is remote, missing or absent
	keys    []string  // instance keys of a known count or for_each
	counted bool      // count rather than for_each
	unknown bool      // the number of instances is unknown
}

// instance is one evaluation of a module: the root, or a module call with its inputs.
type instance struct {
	ev        *evaluator
	mod       *module
	root      string
	prefix    string // "module.a.module.b." or ""
	calls     []resource.Call
	ancestors []string
	vars      map[string]cty.Value
	varRefs   map[string][]string
	locals    map[string]*slot
	outputs   map[string]*slot
	children  map[string]*child
	stack     []string
	roots     map[string]bool // resource types referenced, bound to unknown values
	ctx       *hcl.EvalContext
}

func (ev *evaluator) newInstance(m *module, root, prefix string, calls []resource.Call, given map[string]input, ancestors []string) *instance {
	in := &instance{ev: ev, mod: m, root: root, prefix: prefix, calls: calls, ancestors: ancestors,
		vars: map[string]cty.Value{}, varRefs: map[string][]string{}, locals: map[string]*slot{},
		outputs: map[string]*slot{}, children: map[string]*child{}, roots: map[string]bool{}}
	for _, name := range m.varOrder {
		blk := m.vars[name]
		v := cty.DynamicVal
		if d, ok := blk.attrs["default"]; ok {
			if dv, diags := d.Expr.Value(nil); !diags.HasErrors() {
				v = dv
			}
		}
		if g, ok := given[name]; ok {
			v = g.val
			in.varRefs[name] = g.refs
		}
		if t, ok := blk.attrs["type"]; ok && v.IsKnown() && !v.IsNull() {
			if ty, diags := typeexpr.TypeConstraint(t.Expr); !diags.HasErrors() {
				if cv, err := convert.Convert(v, ty); err == nil {
					v = cv
				}
			}
		}
		in.vars[name] = v
	}
	return in
}

func (in *instance) run() {
	for _, name := range in.mod.localOrder {
		in.local(name)
	}
	for _, name := range in.mod.callOrder {
		in.child(name)
	}
	for _, blk := range in.mod.resources {
		if r := in.resource(blk); r != nil {
			in.ev.res.Resources = append(in.ev.res.Resources, r)
		}
	}
}

func (in *instance) local(name string) *slot {
	s := in.locals[name]
	if s == nil {
		s = &slot{}
		in.locals[name] = s
	}
	switch s.state {
	case 2:
		return s
	case 1:
		start := slices.Index(in.stack, name)
		cycle := append(slices.Clone(in.stack[max(start, 0):]), name)
		for i := range cycle {
			cycle[i] = "local." + cycle[i]
		}
		a := in.mod.locals[name]
		in.ev.problem(Problem{Path: a.Range.Filename, Line: a.Range.Start.Line,
			Reason: "circular reference between locals: " + strings.Join(cycle, " -> ") + " (left unknown)"})
		return &slot{val: cty.DynamicVal}
	}
	a, ok := in.mod.locals[name]
	if !ok {
		s.state, s.val = 2, cty.DynamicVal
		return s
	}
	s.state = 1
	in.stack = append(in.stack, name)
	s.val, s.refs = in.eval(a.Expr, nil)
	in.stack = in.stack[:len(in.stack)-1]
	s.state = 2
	in.ctx = nil
	return s
}

func (in *instance) output(name string) *slot {
	if s := in.outputs[name]; s != nil {
		if s.state == 1 {
			return &slot{val: cty.DynamicVal}
		}
		return s
	}
	s := &slot{state: 1, val: cty.DynamicVal}
	in.outputs[name] = s
	if a, ok := in.mod.outputs[name]; ok {
		s.val, s.refs = in.eval(a.Expr, nil)
	}
	s.state = 2
	return s
}

// child evaluates a module call once and returns it; nil when there is no such call.
func (in *instance) child(name string) *child {
	if c := in.children[name]; c != nil {
		return c
	}
	blk := in.mod.calls[name]
	if blk == nil {
		return nil
	}
	c := &child{state: 1}
	in.children[name] = c
	defer func() { c.state = 2; in.ctx = nil }()
	at := blk.rng
	src, _ := literalString(blk.attrs["source"])
	dir, local := localSource(in.mod.dir, src)
	switch {
	case !local:
		in.ev.note(fmt.Sprintf("terraform: module %q (%s:%d) has the non-local source %q, which is never downloaded: its resources are not reviewed",
			name, at.Filename, at.Start.Line, src))
		return c
	case dir == ".." || strings.HasPrefix(dir, "../"):
		in.ev.note(fmt.Sprintf("terraform: module %q (%s:%d) points outside the reviewed tree (%s): its resources are not reviewed",
			name, at.Filename, at.Start.Line, src))
		return c
	case slices.Contains(in.ancestors, dir) || len(in.ancestors) > maxModuleDepth:
		in.ev.problem(Problem{Path: at.Filename, Line: at.Start.Line, Reason: fmt.Sprintf("module %q calls %s again (recursive modules are not evaluated)", name, dir)})
		return c
	}
	m := in.ev.module(dir)
	if m == nil {
		in.ev.problem(Problem{Path: at.Filename, Line: at.Start.Line, Reason: fmt.Sprintf("module %q: no configuration files in %s", name, dir)})
		return c
	}
	scope, keys, unknown, absent, _ := in.repetition(blk.attrs)
	if absent {
		return c
	}
	c.keys, c.unknown, c.counted = keys, unknown, blk.attrs["count"] != nil
	given := map[string]input{}
	for _, a := range blk.sortedAttrs() {
		switch a.Name {
		case "source", "version", "count", "for_each", "providers", "depends_on":
			continue
		}
		v, refs := in.eval(a.Expr, scope)
		given[a.Name] = input{val: v, refs: refs}
	}
	calls := append(slices.Clone(in.calls), resource.Call{Name: name, Source: src, Range: toRange(blk.rng)})
	c.inst = in.ev.newInstance(m, in.root, in.prefix+"module."+name+".", calls, given, append(slices.Clone(in.ancestors), dir))
	c.inst.run()
	return c
}

// maxEvaluatedInstances bounds the for_each instances evaluated one by one.
const maxEvaluatedInstances = 32

// repetition evaluates count or for_each: the scope for count.index/each (with unknown index, key
// and value), the instance keys when known, whether their number is unknown, and whether there are
// no instances at all. For a known for_each of 2 to maxEvaluatedInstances elements, eachs holds
// every instance's each object, so the body can be evaluated per instance.
func (in *instance) repetition(attrs map[string]*hcl.Attribute) (scope map[string]cty.Value, keys []string, unknown, absent bool, eachs []cty.Value) {
	if a, ok := attrs["count"]; ok {
		v, _ := in.eval(a.Expr, nil)
		idx := cty.UnknownVal(cty.Number)
		if n, known := knownInt(v); known {
			if n <= 0 {
				return nil, nil, false, true, nil
			}
			for i := 0; i < n && i < maxInstanceKeys; i++ {
				keys = append(keys, strconv.Itoa(i))
			}
			if n == 1 {
				idx = cty.NumberIntVal(0)
			}
		} else {
			unknown = true
		}
		return map[string]cty.Value{"count": cty.ObjectVal(map[string]cty.Value{"index": idx})}, keys, unknown, false, nil
	}
	if a, ok := attrs["for_each"]; ok {
		v, _ := in.eval(a.Expr, nil)
		v, _ = v.UnmarkDeep()
		each := cty.ObjectVal(map[string]cty.Value{"key": cty.UnknownVal(cty.String), "value": cty.DynamicVal})
		if !v.IsWhollyKnown() || v.IsNull() || !v.CanIterateElements() {
			return map[string]cty.Value{"each": each}, nil, true, false, nil
		}
		if v.LengthInt() == 0 {
			return nil, nil, false, true, nil
		}
		var k1, v1 cty.Value
		for it := v.ElementIterator(); it.Next(); {
			k, e := it.Element()
			if v.Type().IsSetType() {
				k = e
			}
			k1, v1 = k, e
			ks, err := convert.Convert(k, cty.String)
			if err != nil || !ks.IsKnown() || ks.IsNull() {
				ks = cty.UnknownVal(cty.String)
			} else if len(keys) < maxInstanceKeys {
				keys = append(keys, ks.AsString())
			}
			if v.LengthInt() <= maxEvaluatedInstances {
				eachs = append(eachs, cty.ObjectVal(map[string]cty.Value{"key": ks, "value": e}))
			}
		}
		if v.LengthInt() == 1 {
			if s, err := convert.Convert(k1, cty.String); err == nil {
				each = cty.ObjectVal(map[string]cty.Value{"key": s, "value": v1})
			}
			eachs = nil
		}
		return map[string]cty.Value{"each": each}, keys, false, false, eachs
	}
	return nil, nil, false, false, nil
}

func knownInt(v cty.Value) (int, bool) {
	v, _ = v.UnmarkDeep()
	if !v.IsKnown() || v.IsNull() {
		return 0, false
	}
	n, err := convert.Convert(v, cty.Number)
	if err != nil || n.IsNull() {
		return 0, false
	}
	i, acc := n.AsBigFloat().Int64()
	_ = acc
	return int(i), true
}

// eval evaluates an expression and returns its value and the resources it was computed from.
// scope binds count, each, self and dynamic-block iterators. Any evaluation error gives an unknown
// value: a wrong guess is worse than no answer.
func (in *instance) eval(expr hcl.Expression, scope map[string]cty.Value) (cty.Value, []string) {
	var refs []string
	for _, tr := range expr.Variables() {
		root := tr.RootName()
		if _, ok := scope[root]; ok {
			continue
		}
		name := attrAt(tr, 1)
		switch root {
		case "var":
			refs = append(refs, in.varRefs[name]...)
		case "local":
			if name != "" {
				refs = append(refs, in.local(name).refs...)
			}
		case "module":
			if c := in.child(name); c != nil && c.inst != nil {
				if out := attrAfter(tr, 2); out != "" {
					refs = append(refs, c.inst.output(out).refs...)
				}
			}
		case "data":
			if t, n := attrAt(tr, 1), attrAt(tr, 2); t != "" && n != "" {
				refs = append(refs, in.prefix+"data."+t+"."+n)
			}
		case "count", "each", "path", "terraform", "self":
		default:
			if name != "" {
				refs = append(refs, in.prefix+root+"."+name)
				if !in.roots[root] {
					in.roots[root] = true
					in.ctx = nil
				}
			}
		}
	}
	ctx := in.context()
	if len(scope) > 0 {
		ctx = ctx.NewChild()
		ctx.Variables = scope
	}
	v, diags := expr.Value(ctx)
	if diags.HasErrors() {
		v = cty.DynamicVal
	}
	slices.Sort(refs)
	return v, slices.Compact(refs)
}

func (in *instance) context() *hcl.EvalContext {
	if in.ctx != nil {
		return in.ctx
	}
	vars := map[string]cty.Value{
		"var":       cty.ObjectVal(in.vars),
		"data":      cty.DynamicVal,
		"path":      cty.ObjectVal(map[string]cty.Value{"module": cty.StringVal(in.mod.dir), "root": cty.StringVal(in.root), "cwd": cty.StringVal(in.root)}),
		"terraform": cty.ObjectVal(map[string]cty.Value{"workspace": cty.StringVal("default")}),
	}
	locals := map[string]cty.Value{}
	for name, s := range in.locals {
		if s.state == 2 {
			locals[name] = s.val
		}
	}
	vars["local"] = cty.ObjectVal(locals)
	mods := map[string]cty.Value{}
	for name, c := range in.children {
		if c.state == 2 {
			mods[name] = c.value()
		}
	}
	vars["module"] = cty.ObjectVal(mods)
	for root := range in.roots {
		vars[root] = cty.DynamicVal
	}
	in.ctx = &hcl.EvalContext{Variables: vars, Functions: in.mod.funcs}
	return in.ctx
}

// value is what module.NAME evaluates to: an object of outputs, a tuple or map of them for a
// known count or for_each, unknown otherwise.
func (c *child) value() cty.Value {
	if c.inst == nil || c.unknown {
		return cty.DynamicVal
	}
	outs := map[string]cty.Value{}
	for name := range c.inst.mod.outputs {
		outs[name] = c.inst.output(name).val
	}
	obj := cty.ObjectVal(outs)
	switch {
	case c.counted:
		items := make([]cty.Value, len(c.keys))
		for i := range items {
			items[i] = obj
		}
		return cty.TupleVal(items)
	case c.keys != nil:
		m := map[string]cty.Value{}
		for _, k := range c.keys {
			m[k] = obj
		}
		return cty.ObjectVal(m)
	}
	return obj
}

// attrAt is the attribute name at step i of a traversal ("" if that step is not an attribute).
func attrAt(tr hcl.Traversal, i int) string {
	if i >= len(tr) {
		return ""
	}
	switch s := tr[i].(type) {
	case hcl.TraverseAttr:
		return s.Name
	case hcl.TraverseRoot:
		return s.Name
	}
	return ""
}

// attrAfter is the first attribute name at or after step i (skipping index steps).
func attrAfter(tr hcl.Traversal, i int) string {
	for ; i < len(tr); i++ {
		if s, ok := tr[i].(hcl.TraverseAttr); ok {
			return s.Name
		}
	}
	return ""
}

func literalString(a *hcl.Attribute) (string, bool) {
	if a == nil {
		return "", false
	}
	v, diags := a.Expr.Value(nil)
	if diags.HasErrors() || !v.IsKnown() || v.IsNull() || v.Type() != cty.String {
		return "", false
	}
	return v.AsString(), true
}
