// Package cloudformation reads CloudFormation templates (YAML with the short intrinsic tags, or
// JSON) into the shared resource model. Parameters take their defaults; conditions, mappings and
// the intrinsic functions are evaluated where their inputs are known; references to resources
// and attributes (Ref, Fn::GetAtt, Fn::Sub) stay unknown and remember the resources they name.
package cloudformation

import (
	"regexp"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/vigil-sec/vigil/internal/iac/resource"
	"github.com/vigil-sec/vigil/internal/iac/yamlnode"
)

// Parse reads a template. The error names the line of the problem (an *analysis.LineError).
func Parse(path string, src []byte) ([]*resource.Resource, error) {
	trimmed := strings.TrimSpace(string(src[:min(len(src), 64)]))
	isJSON := strings.HasSuffix(strings.ToLower(path), ".json") || strings.HasPrefix(trimmed, "{")
	root, err := yamlnode.Parse(src, isJSON)
	if err != nil {
		return nil, err
	}
	if root.Kind != yaml.MappingNode {
		return nil, yamlnode.Errorf(root, "a template must be a mapping")
	}
	t := &template{path: path, params: map[string]*resource.Value{}, conds: map[string]*yaml.Node{},
		condState: map[string]int{}, condVal: map[string]bool{}, resources: map[string]bool{}}
	t.mappings = yamlnode.Get(root, "Mappings")
	resNode := yamlnode.Get(root, "Resources")
	pairs, err := yamlnode.Pairs(resNode, "Resources")
	if err != nil {
		return nil, err
	}
	for _, kv := range pairs {
		t.resources[kv[0].Value] = true
	}
	params, err := yamlnode.Pairs(yamlnode.Get(root, "Parameters"), "Parameters")
	if err != nil {
		return nil, err
	}
	for _, kv := range params {
		t.params[kv[0].Value] = t.parameter(kv[1])
	}
	conds, err := yamlnode.Pairs(yamlnode.Get(root, "Conditions"), "Conditions")
	if err != nil {
		return nil, err
	}
	for _, kv := range conds {
		t.conds[kv[0].Value] = kv[1]
	}
	var out []*resource.Resource
	for _, kv := range pairs {
		id, body := kv[0].Value, kv[1]
		if body.Kind != yaml.MappingNode {
			return out, yamlnode.Errorf(body, "resource %s must be a mapping", id)
		}
		typ, ok := yamlnode.String(yamlnode.Get(body, "Type"))
		if !ok {
			return out, yamlnode.Errorf(body, "resource %s has no Type", id)
		}
		if c, ok := yamlnode.String(yamlnode.Get(body, "Condition")); ok {
			if v, known := t.condition(c); known && !v {
				continue // never created
			}
		}
		r := &resource.Resource{
			Source: resource.CloudFormation, Type: typ, Name: id, Address: id, Root: path,
			Range: resource.Range{Path: path, StartLine: kv[0].Line, EndLine: yamlnode.EndLine(body), Column: kv[0].Column},
		}
		if props := yamlnode.Get(body, "Properties"); props != nil && props.Kind == yaml.MappingNode {
			r.Attrs = t.convert(props)
		} else {
			r.Attrs = resource.NewObject(r.Range)
		}
		for _, key := range []string{"DeletionPolicy", "UpdateReplacePolicy", "Condition", "DependsOn", "Metadata"} {
			if n := yamlnode.Get(body, key); n != nil {
				if r.Meta == nil {
					r.Meta = map[string]*resource.Value{}
				}
				r.Meta[key] = t.convert(n)
			}
		}
		out = append(out, r)
	}
	return out, nil
}

type template struct {
	path      string
	params    map[string]*resource.Value
	mappings  *yaml.Node
	conds     map[string]*yaml.Node
	condState map[string]int
	condVal   map[string]bool
	resources map[string]bool
}

// parameter is a parameter's value: its default, or unknown.
func (t *template) parameter(n *yaml.Node) *resource.Value {
	typ, _ := yamlnode.String(yamlnode.Get(n, "Type"))
	d := yamlnode.Get(n, "Default")
	if d == nil {
		return resource.NewUnknown(yamlnode.Range(t.path, n), "")
	}
	v := yamlnode.Scalar(t.path, d)
	if d.Kind != yaml.ScalarNode {
		v = yamlnode.Convert(t.path, d, nil)
	}
	if s, ok := v.AsString(); ok && (typ == "CommaDelimitedList" || strings.HasPrefix(typ, "List<")) {
		l := resource.NewList(v.Range)
		for _, part := range strings.Split(s, ",") {
			l.Items = append(l.Items, resource.NewString(strings.TrimSpace(part), v.Range))
		}
		return l
	}
	return v
}

func (t *template) convert(n *yaml.Node) *resource.Value {
	return yamlnode.Convert(t.path, n, t.intrinsic)
}

// intrinsic recognises `!Tag arg` and `{Fn::Name: arg}` / `{Ref: x}` and evaluates them.
func (t *template) intrinsic(n *yaml.Node, conv func(*yaml.Node) *resource.Value) (*resource.Value, bool) {
	name, arg := intrinsicOf(n)
	if name == "" {
		return nil, false
	}
	return t.call(name, arg, n, conv), true
}

// intrinsicOf returns the function name ("Ref", "Fn::Sub") and argument of an intrinsic node.
func intrinsicOf(n *yaml.Node) (string, *yaml.Node) {
	if strings.HasPrefix(n.Tag, "!") && !strings.HasPrefix(n.Tag, "!!") {
		arg := *n
		arg.Tag = ""
		if arg.Kind == yaml.ScalarNode {
			arg.Tag = "!!str"
		}
		switch name := n.Tag[1:]; name {
		case "Ref", "Condition":
			return name, &arg
		default:
			return "Fn::" + name, &arg
		}
	}
	if n.Kind == yaml.MappingNode && len(n.Content) == 2 {
		k := n.Content[0].Value
		if k == "Ref" || strings.HasPrefix(k, "Fn::") {
			return k, n.Content[1]
		}
	}
	return "", nil
}

func unknownAt(n *yaml.Node, path, expr string, refs ...string) *resource.Value {
	v := resource.NewUnknown(resource.Range{Path: path, StartLine: n.Line, Column: n.Column}, expr)
	slices.Sort(refs)
	v.Refs = slices.Compact(refs)
	return v
}

func (t *template) call(name string, arg, at *yaml.Node, conv func(*yaml.Node) *resource.Value) *resource.Value {
	rng := resource.Range{Path: t.path, StartLine: at.Line, Column: at.Column}
	switch name {
	case "Ref":
		s, _ := yamlnode.String(arg)
		return t.ref(s, at)
	case "Fn::GetAtt":
		var target string
		switch arg.Kind {
		case yaml.ScalarNode:
			target, _, _ = strings.Cut(arg.Value, ".")
		case yaml.SequenceNode:
			if len(arg.Content) > 0 {
				target = arg.Content[0].Value
			}
		}
		return unknownAt(at, t.path, "!GetAtt "+target, target)
	case "Fn::Sub":
		return t.sub(arg, at, conv)
	case "Fn::Join":
		if arg.Kind != yaml.SequenceNode || len(arg.Content) != 2 {
			return unknownAt(at, t.path, "")
		}
		sep, _ := yamlnode.String(arg.Content[0])
		list := conv(arg.Content[1])
		parts, ok := list.Strings()
		if !ok {
			return unknownAt(at, t.path, "!Join", collectRefs(list)...)
		}
		v := resource.NewString(strings.Join(parts, sep), rng)
		v.Refs = collectRefs(list)
		return v
	case "Fn::If":
		if arg.Kind != yaml.SequenceNode || len(arg.Content) != 3 {
			return unknownAt(at, t.path, "")
		}
		c, _ := yamlnode.String(arg.Content[0])
		val, known := t.condition(c)
		if !known {
			return unknownAt(at, t.path, "!If "+c, append(collectRefs(conv(arg.Content[1])), collectRefs(conv(arg.Content[2]))...)...)
		}
		if val {
			return conv(arg.Content[1])
		}
		return conv(arg.Content[2])
	case "Fn::Select":
		if arg.Kind != yaml.SequenceNode || len(arg.Content) != 2 {
			return unknownAt(at, t.path, "")
		}
		idx, ok := conv(arg.Content[0]).AsNumber()
		list := conv(arg.Content[1])
		if ok && list.Kind == resource.List && int(idx) >= 0 && int(idx) < len(list.Items) {
			return list.Items[int(idx)]
		}
		return unknownAt(at, t.path, "!Select", collectRefs(list)...)
	case "Fn::Split":
		if arg.Kind != yaml.SequenceNode || len(arg.Content) != 2 {
			return unknownAt(at, t.path, "")
		}
		sep, _ := yamlnode.String(arg.Content[0])
		s := conv(arg.Content[1])
		if str, ok := s.AsString(); ok && sep != "" {
			l := resource.NewList(rng)
			for _, p := range strings.Split(str, sep) {
				l.Items = append(l.Items, resource.NewString(p, rng))
			}
			return l
		}
		return unknownAt(at, t.path, "!Split", collectRefs(s)...)
	case "Fn::FindInMap":
		if arg.Kind != yaml.SequenceNode || len(arg.Content) < 3 {
			return unknownAt(at, t.path, "")
		}
		node := t.mappings
		for _, k := range arg.Content[:3] {
			key, ok := conv(k).AsString()
			if !ok {
				return unknownAt(at, t.path, "!FindInMap")
			}
			node = yamlnode.Get(node, key)
		}
		if node == nil {
			return unknownAt(at, t.path, "!FindInMap")
		}
		return conv(node)
	case "Fn::Base64":
		return conv(arg)
	}
	return unknownAt(at, t.path, strings.TrimPrefix(name, "Fn::"), collectRefs(conv(arg))...)
}

// ref resolves Ref: a parameter's default, a resource (unknown, remembered), a pseudo parameter
// (unknown) or AWS::NoValue (absent: nil).
func (t *template) ref(name string, at *yaml.Node) *resource.Value {
	switch {
	case name == "AWS::NoValue":
		return nil
	case t.resources[name]:
		return unknownAt(at, t.path, "!Ref "+name, name)
	}
	if p, ok := t.params[name]; ok {
		c := *p
		c.Range = resource.Range{Path: t.path, StartLine: at.Line, Column: at.Column}
		if c.Kind == resource.Unknown {
			c.Expr = "!Ref " + name
		}
		return &c
	}
	return unknownAt(at, t.path, "!Ref "+name)
}

var subVar = regexp.MustCompile(`\$\{([^}]*)\}`)

func (t *template) sub(arg, at *yaml.Node, conv func(*yaml.Node) *resource.Value) *resource.Value {
	text, vars := "", map[string]*resource.Value{}
	switch arg.Kind {
	case yaml.ScalarNode:
		text = arg.Value
	case yaml.SequenceNode:
		if len(arg.Content) == 0 {
			return unknownAt(at, t.path, "")
		}
		text = arg.Content[0].Value
		if len(arg.Content) > 1 {
			if m := conv(arg.Content[1]); m != nil && m.Kind == resource.Object {
				vars = m.Fields
			}
		}
	}
	var refs []string
	known := true
	out := subVar.ReplaceAllStringFunc(text, func(m string) string {
		name := m[2 : len(m)-1]
		if strings.HasPrefix(name, "!") {
			return "${" + name[1:] + "}"
		}
		var v *resource.Value
		if x, ok := vars[name]; ok {
			v = x
		} else {
			base, _, _ := strings.Cut(name, ".")
			if t.resources[base] {
				refs = append(refs, base)
				known = false
				return m
			}
			v = t.ref(name, at)
		}
		refs = append(refs, collectRefs(v)...)
		if s, ok := v.AsString(); ok {
			return s
		}
		known = false
		return m
	})
	if !known {
		return unknownAt(at, t.path, "!Sub", refs...)
	}
	v := resource.NewString(out, resource.Range{Path: t.path, StartLine: at.Line, Column: at.Column})
	slices.Sort(refs)
	v.Refs = slices.Compact(refs)
	return v
}

// condition evaluates a named condition; known is false when it depends on unknown values.
func (t *template) condition(name string) (val, known bool) {
	switch t.condState[name] {
	case 1:
		return false, false
	case 2:
		v, ok := t.condVal[name]
		return v, ok
	}
	n, ok := t.conds[name]
	if !ok {
		return false, false
	}
	t.condState[name] = 1
	val, known = t.evalCond(n, 0)
	t.condState[name] = 2
	if known {
		t.condVal[name] = val
	}
	return val, known
}

func (t *template) evalCond(n *yaml.Node, depth int) (val, known bool) {
	if depth > 50 {
		return false, false
	}
	fn, arg := intrinsicOf(n)
	if fn == "" && n.Kind == yaml.MappingNode && len(n.Content) == 2 && n.Content[0].Value == "Condition" {
		fn, arg = "Condition", n.Content[1]
	}
	switch fn {
	case "Condition":
		s, _ := yamlnode.String(arg)
		return t.condition(s)
	case "Fn::Equals":
		if arg.Kind != yaml.SequenceNode || len(arg.Content) != 2 {
			return false, false
		}
		a, aok := t.convert(arg.Content[0]).AsString()
		b, bok := t.convert(arg.Content[1]).AsString()
		return a == b, aok && bok
	case "Fn::Not":
		if arg.Kind != yaml.SequenceNode || len(arg.Content) != 1 {
			return false, false
		}
		v, ok := t.evalCond(arg.Content[0], depth+1)
		return !v, ok
	case "Fn::And", "Fn::Or":
		if arg.Kind != yaml.SequenceNode {
			return false, false
		}
		and := fn == "Fn::And"
		allKnown := true
		for _, c := range arg.Content {
			v, ok := t.evalCond(c, depth+1)
			switch {
			case !ok:
				allKnown = false
			case v != and:
				return v, true // a false in And, a true in Or decides
			}
		}
		return and, allKnown
	}
	return false, false
}

func collectRefs(v *resource.Value) []string {
	if v == nil {
		return nil
	}
	out := slices.Clone(v.Refs)
	for _, it := range v.Items {
		out = append(out, collectRefs(it)...)
	}
	for _, k := range v.Keys {
		out = append(out, collectRefs(v.Fields[k])...)
	}
	return out
}
