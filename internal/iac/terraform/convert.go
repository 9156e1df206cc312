package terraform

import (
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/vigil-sec/vigil/internal/iac/limits"
	"github.com/vigil-sec/vigil/internal/iac/resource"
)

// metaArguments are resource arguments that belong to Terraform, not to the provider.
var metaArguments = map[string]bool{"count": true, "for_each": true, "provider": true, "depends_on": true}

// metaBlocks are nested blocks that belong to Terraform, not to the provider.
var metaBlocks = map[string]bool{"lifecycle": true, "provisioner": true, "connection": true}

func (in *instance) resource(blk *block) *resource.Resource {
	data := blk.typ == "data"
	typ, name := blk.labels[0], blk.labels[1]
	addr := typ + "." + name
	if data {
		addr = "data." + addr
	}
	scope, keys, unknown, absent, eachs := in.repetition(blk.attrs)
	if absent {
		return nil
	}
	if scope == nil {
		scope = map[string]cty.Value{}
	}
	scope["self"] = cty.DynamicVal
	r := &resource.Resource{
		Source: resource.Terraform, Data: data, Type: typ, Name: name, Address: in.prefix + addr,
		Module: strings.TrimSuffix(in.prefix, "."), Root: in.root, Range: toRange(blk.rng),
		Instances: keys, InstancesUnknown: unknown, Calls: in.calls,
	}
	r.Attrs = in.block(blk, scope)
	if len(eachs) > 1 {
		// One logical resource: what every instance agrees on is known, what differs is unknown.
		for i, e := range eachs {
			scope["each"] = e
			one := in.block(blk, scope)
			if i == 0 {
				r.Attrs = one
			} else {
				r.Attrs = mergeInstances(r.Attrs, one, 0)
			}
		}
	}
	r.Attrs.Range = r.Range
	if p, ok := blk.attrs["provider"]; ok {
		r.Meta = map[string]*resource.Value{"provider": resource.NewString(in.text(p.Expr), toRange(p.Expr.Range()))}
	}
	if blk.native != nil {
		for _, b := range blk.native.Body.Blocks {
			if b.Type == "lifecycle" {
				if r.Meta == nil {
					r.Meta = map[string]*resource.Value{}
				}
				r.Meta["lifecycle"] = in.body(b.Body, scope, false, 1)
			}
		}
	}
	return r
}

// block converts a resource's body: native syntax with its nested and dynamic blocks, or JSON
// syntax, where every property is an attribute and nested blocks become objects (Value.Get reads
// both shapes alike).
func (in *instance) block(blk *block, scope map[string]cty.Value) *resource.Value {
	if blk.native != nil {
		return in.body(blk.native.Body, scope, true, 0)
	}
	o := resource.NewObject(toRange(blk.rng))
	o.Block = true
	for _, a := range blk.sortedAttrs() {
		if metaArguments[a.Name] || metaBlocks[a.Name] || a.Name == "dynamic" {
			continue
		}
		o.Set(a.Name, in.value(a.Expr, scope, 1))
	}
	return o
}

// body converts a block body: attributes in source order, nested blocks as lists of objects,
// dynamic blocks expanded (or an unknown element when their for_each is unknown).
func (in *instance) body(b *hclsyntax.Body, scope map[string]cty.Value, top bool, depth int) *resource.Value {
	o := resource.NewObject(toRange(b.SrcRange))
	o.Block = true
	if depth > limits.MaxDepth {
		return resource.NewUnknown(o.Range, "")
	}
	for _, a := range sortAttributes(nativeAttrs(b)) {
		if top && metaArguments[a.Name] {
			continue
		}
		o.Set(a.Name, in.value(a.Expr, scope, depth+1))
	}
	for _, nb := range b.Blocks {
		switch {
		case top && metaBlocks[nb.Type]:
		case nb.Type == "dynamic" && len(nb.Labels) == 1:
			in.dynamic(o, nb, scope, depth+1)
		default:
			v := in.body(nb.Body, scope, false, depth+1)
			v.Range = toRange(nb.Range())
			appendBlock(o, nb.Type, v)
		}
	}
	return o
}

func nativeAttrs(b *hclsyntax.Body) map[string]*hcl.Attribute {
	out := make(map[string]*hcl.Attribute, len(b.Attributes))
	for name, a := range b.Attributes {
		out[name] = a.AsHCLAttribute()
	}
	return out
}

func appendBlock(o *resource.Value, typ string, v *resource.Value) {
	if l := o.Fields[typ]; l != nil && l.Kind == resource.List {
		l.Items = append(l.Items, v)
		return
	}
	o.Set(typ, resource.NewList(v.Range, v))
}

func (in *instance) dynamic(o *resource.Value, blk *hclsyntax.Block, scope map[string]cty.Value, depth int) {
	name := blk.Labels[0]
	iter := name
	if a, ok := blk.Body.Attributes["iterator"]; ok {
		if kw := hcl.ExprAsKeyword(a.Expr); kw != "" {
			iter = kw
		}
	}
	var content *hclsyntax.Block
	for _, b := range blk.Body.Blocks {
		if b.Type == "content" {
			content = b
		}
	}
	fe, ok := blk.Body.Attributes["for_each"]
	if content == nil || !ok {
		return
	}
	v, refs := in.eval(fe.Expr, scope)
	v, _ = v.UnmarkDeep()
	if !v.IsKnown() || (!v.IsNull() && !v.CanIterateElements()) {
		u := resource.NewUnknown(toRange(blk.Range()), "dynamic "+name)
		u.Refs = refs
		appendBlock(o, name, u)
		return
	}
	if v.IsNull() {
		return
	}
	for it := v.ElementIterator(); it.Next(); {
		k, e := it.Element()
		if v.Type().IsSetType() {
			k = e
		}
		sc := make(map[string]cty.Value, len(scope)+1)
		for n, x := range scope {
			sc[n] = x
		}
		sc[iter] = cty.ObjectVal(map[string]cty.Value{"key": k, "value": e})
		b := in.body(content.Body, sc, false, depth+1)
		b.Range = toRange(blk.Range())
		b.AddRefs(refs...)
		appendBlock(o, name, b)
	}
}

// value converts an expression. Tuple and object constructors are converted item by item, so every
// element keeps its own line; anything else is evaluated whole.
func (in *instance) value(expr hcl.Expression, scope map[string]cty.Value, depth int) *resource.Value {
	r := toRange(expr.Range())
	if depth > limits.MaxDepth {
		return resource.NewUnknown(r, "")
	}
	switch e := expr.(type) {
	case *hclsyntax.TupleConsExpr:
		l := resource.NewList(r)
		for _, it := range e.Exprs {
			l.Items = append(l.Items, in.value(it, scope, depth+1))
		}
		return l
	case *hclsyntax.ObjectConsExpr:
		o := resource.NewObject(r)
		for _, item := range e.Items {
			k, _ := in.eval(item.KeyExpr, scope)
			k, _ = k.UnmarkDeep()
			if !k.IsKnown() || k.IsNull() || k.Type() != cty.String {
				return in.whole(expr, scope)
			}
			o.Set(k.AsString(), in.value(item.ValueExpr, scope, depth+1))
		}
		return o
	case *hclsyntax.FunctionCallExpr:
		// A jsonencode() whose result is unknown (it embeds an ARN known after apply) is kept as
		// the tree of its argument, so that the known parts of a policy (Effect, Principal,
		// Action) stay readable; a known result stays the JSON string it is.
		if e.Name == "jsonencode" && len(e.Args) == 1 && !e.ExpandFinal {
			if v := in.whole(expr, scope); v.Kind != resource.Unknown {
				return v
			}
			tree := in.value(e.Args[0], scope, depth+1)
			tree.Range = r
			return tree
		}
	}
	return in.whole(expr, scope)
}

func (in *instance) whole(expr hcl.Expression, scope map[string]cty.Value) *resource.Value {
	v, refs := in.eval(expr, scope)
	out := fromCty(v, toRange(expr.Range()), 0)
	if out.Kind == resource.Unknown {
		out.Expr = in.text(expr)
	}
	out.AddRefs(refs...)
	return out
}

// text is an expression's source, when it is short enough for a message.
func (in *instance) text(expr hcl.Expression) string {
	rng := expr.Range()
	src := in.mod.src[rng.Filename]
	if rng.Start.Byte < 0 || rng.End.Byte > len(src) || rng.End.Byte-rng.Start.Byte > 80 || rng.End.Byte < rng.Start.Byte {
		return ""
	}
	return strings.Join(strings.Fields(string(src[rng.Start.Byte:rng.End.Byte])), " ")
}

// fromCty converts an evaluated value; every node gets r.
func fromCty(v cty.Value, r resource.Range, depth int) *resource.Value {
	v, _ = v.UnmarkDeep()
	switch {
	case depth > limits.MaxDepth || !v.IsKnown():
		return resource.NewUnknown(r, "")
	case v.IsNull():
		return &resource.Value{Kind: resource.Null, Range: r}
	}
	ty := v.Type()
	switch {
	case ty == cty.String:
		return resource.NewString(v.AsString(), r)
	case ty == cty.Number:
		bf := v.AsBigFloat()
		f, _ := bf.Float64()
		return &resource.Value{Kind: resource.Number, Num: f, Str: bf.Text('f', -1), Range: r}
	case ty == cty.Bool:
		return resource.NewBool(v.True(), r)
	case ty.IsListType() || ty.IsSetType() || ty.IsTupleType():
		l := resource.NewList(r)
		for it := v.ElementIterator(); it.Next(); {
			_, e := it.Element()
			l.Items = append(l.Items, fromCty(e, r, depth+1))
		}
		return l
	case ty.IsMapType() || ty.IsObjectType():
		o := resource.NewObject(r)
		for it := v.ElementIterator(); it.Next(); {
			k, e := it.Element()
			o.Set(k.AsString(), fromCty(e, r, depth+1))
		}
		return o
	}
	return resource.NewUnknown(r, "")
}

// mergeInstances merges two instances' values of one resource: equal values stay, values that
// differ between instances become unknown ("differs between instances").
func mergeInstances(a, b *resource.Value, depth int) *resource.Value {
	if a == nil || b == nil {
		if a == nil && b == nil {
			return nil
		}
		at := a
		if at == nil {
			at = b
		}
		return resource.NewUnknown(at.Range, "(differs between instances)")
	}
	differs := func() *resource.Value {
		u := resource.NewUnknown(a.Range, "(differs between instances)")
		u.Refs = slices.Compact(slices.Sorted(slices.Values(append(slices.Clone(a.Refs), b.Refs...))))
		return u
	}
	if a.Kind != b.Kind || depth > limits.MaxDepth {
		return differs()
	}
	switch a.Kind {
	case resource.Unknown:
		return a
	case resource.String, resource.Number, resource.Bool, resource.Null:
		if a.Str != b.Str || a.Bool != b.Bool {
			return differs()
		}
		return a
	case resource.List:
		if len(a.Items) != len(b.Items) {
			return differs()
		}
		out := *a
		out.Items = make([]*resource.Value, len(a.Items))
		for i := range a.Items {
			out.Items[i] = mergeInstances(a.Items[i], b.Items[i], depth+1)
		}
		return &out
	case resource.Object:
		out := *a
		out.Fields, out.Keys = map[string]*resource.Value{}, nil
		for _, k := range a.Keys {
			out.Set(k, mergeInstances(a.Fields[k], b.Fields[k], depth+1))
		}
		for _, k := range b.Keys {
			if _, ok := a.Fields[k]; !ok {
				out.Set(k, mergeInstances(nil, b.Fields[k], depth+1))
			}
		}
		return &out
	}
	return differs()
}

func toRange(r hcl.Range) resource.Range {
	return resource.Range{Path: r.Filename, StartLine: r.Start.Line, EndLine: r.End.Line, Column: r.Start.Column}
}
