package iamrules

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/vigil-sec/vigil/internal/access/iampolicy"
	"github.com/vigil-sec/vigil/internal/access/jsontree"
	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/resource"
)

// maxValueDepth bounds the conversion of a model value into a policy tree.
const maxValueDepth = 32

// policyOf reads the policy document held by attribute v of resource r: a JSON string (a heredoc,
// file(), a known jsonencode(), a CloudFormation string), a tree (CloudFormation YAML, a
// jsonencode() whose result is unknown), or a reference to a data "aws_iam_policy_document". ok
// is false when v holds no readable policy: absent, unknown, or not a policy. A malformed policy is
// an error naming its line.
func (c *cloudPass) policyOf(r *resource.Resource, v *resource.Value, name string) (Document, bool, error) {
	if v == nil || v.Kind == resource.Null {
		return Document{}, false, nil
	}
	path := r.Range.Path
	if v.Range.Path != "" {
		path = v.Range.Path
	}
	at := r.At(v)
	var (
		n      *jsontree.Node
		locate Locator
	)
	switch v.Kind {
	case resource.String:
		s := strings.TrimSpace(v.Str)
		if s == "" || s[0] != '{' {
			return Document{}, false, nil
		}
		tree, err := jsontree.FromJSON([]byte(strings.TrimRight(v.Str, " \t\r\n")))
		if err != nil {
			var se *jsontree.SyntaxError
			if errors.As(err, &se) {
				line := at.StartLine
				if base, ok := heredocBase(v); ok {
					line = base + se.Pos.Line
				}
				return Document{}, false, &analysis.LineError{Line: line, Err: fmt.Errorf("invalid policy JSON in %s: %s", name, se.Msg)}
			}
			return Document{}, false, err
		}
		n, locate = c.placeString(r, v, tree, path, at)
	case resource.Object:
		n, locate = valueNode(v, 0), modelLocator(path, at)
	case resource.Unknown:
		t := c.dataTarget(r, v)
		if file, ok := c.fileSource(r, v); ok && t == nil {
			// file("policies/x.json"): the model does not read files; the policy is that file.
			tree, err := jsontree.FromJSON(bytes.Join(c.fileLines(file), nil))
			if err != nil {
				return Document{}, false, nil // the file's own review reports a JSON error
			}
			n, locate = tree, FileLocator(file)
			break
		}
		if t == nil {
			tree, base, ok := c.templateFromSource(v)
			if !ok {
				return Document{}, false, nil
			}
			n, locate = tree, func(p iampolicy.Pos) finding.Location {
				if p.Line == 0 {
					return at
				}
				return finding.Location{Path: path, StartLine: base + p.Line}
			}
			break
		}
		d, ok := dataDocument(t)
		if !ok {
			return Document{}, false, nil
		}
		n, locate = d, modelLocator(t.Range.Path, t.Location())
	default:
		return Document{}, false, nil
	}
	if !iampolicy.LooksLikePolicy(n) {
		return Document{}, false, nil
	}
	pol, err := iampolicy.FromNode(n)
	if err != nil {
		var pe *iampolicy.ParseError
		if errors.As(err, &pe) {
			return Document{}, false, &analysis.LineError{Line: locate(pe.Pos).StartLine,
				Err: fmt.Errorf("IAM policy in %s not judged: %s", name, pe.Msg)}
		}
		return Document{}, false, err
	}
	return Document{Policy: pol, Name: name, Locate: locate}, true, nil
}

// modelLocator locates positions taken from model values (lines of the file at path); a position
// without a line falls back to the attribute.
func modelLocator(path string, at finding.Location) Locator {
	return func(p iampolicy.Pos) finding.Location {
		if p.Line == 0 {
			return at
		}
		return finding.Location{Path: path, StartLine: p.Line}
	}
}

// placeString locates the positions of a policy read from a JSON string. A policy read with
// file("...") is located in that file, line for line. A heredoc keeps the
// document's lines: its line n is n lines below the heredoc's opening. A string written on one
// line, or built by a function (a known jsonencode(), file()), locates every position at the
// attribute, unless the source can place it better (see sourcePlacer).
func (c *cloudPass) placeString(r *resource.Resource, v *resource.Value, tree *jsontree.Node, path string, at finding.Location) (*jsontree.Node, Locator) {
	if file, ok := c.fileSource(r, v); ok {
		return tree, FileLocator(file)
	}
	if base, ok := heredocBase(v); ok {
		return tree, func(p iampolicy.Pos) finding.Location {
			if p.Line == 0 {
				return at
			}
			return finding.Location{Path: path, StartLine: base + p.Line}
		}
	}
	if v.Range.EndLine > v.Range.StartLine {
		if placed, ok := c.placeFromSource(v, tree); ok {
			return placed, modelLocator(path, at)
		}
	}
	return tree, func(iampolicy.Pos) finding.Location { return at }
}

// heredocBase tells a string written as a heredoc (its content's lines are the file's lines, from
// the one after the opening) and returns the line before the content's first.
func heredocBase(v *resource.Value) (int, bool) {
	span := v.Range.EndLine - v.Range.StartLine
	return v.Range.StartLine, span > 0 && span == strings.Count(strings.TrimRight(v.Str, " \t"), "\n")+1
}

// valueNode converts a model value into a policy tree with the values' lines. Unknown values
// become Unresolved with their expression, so that a rule never reads them as "*".
func valueNode(v *resource.Value, depth int) *jsontree.Node {
	if v == nil {
		return &jsontree.Node{Kind: jsontree.Null}
	}
	n := &jsontree.Node{Pos: jsontree.Pos{Line: v.Range.StartLine}}
	if depth > maxValueDepth {
		n.Kind, n.Text = jsontree.Unresolved, "value nested too deep"
		return n
	}
	switch v.Kind {
	case resource.Null:
		n.Kind = jsontree.Null
	case resource.Unknown:
		n.Kind, n.Text = jsontree.Unresolved, v.Text()
	case resource.String:
		n.Kind, n.Text = jsontree.String, v.Str
	case resource.Number:
		n.Kind, n.Text = jsontree.Number, v.Str
	case resource.Bool:
		n.Kind, n.Text = jsontree.Bool, v.Text()
	case resource.List:
		n.Kind = jsontree.Array
		for _, it := range v.Items {
			n.Items = append(n.Items, valueNode(it, depth+1))
		}
	case resource.Object:
		n.Kind = jsontree.Object
		for _, k := range v.Keys {
			x := v.Fields[k]
			n.Keys = append(n.Keys, jsontree.Key{Name: k, Pos: jsontree.Pos{Line: x.Range.StartLine}})
			n.Values = append(n.Values, valueNode(x, depth+1))
		}
	}
	return n
}

// dataTarget is the data "aws_iam_policy_document" an attribute refers to, if any.
func (c *cloudPass) dataTarget(r *resource.Resource, v *resource.Value) *resource.Resource {
	for _, t := range c.set.Targets(r, v) {
		if t.Data && t.Type == "aws_iam_policy_document" {
			return t
		}
	}
	return nil
}

// dataDocument builds the policy tree of a data "aws_iam_policy_document" (which an attribute
// refers to as `data.aws_iam_policy_document.x.json`). Documents that merge others
// (source_policy_documents, override_policy_documents) are not read: their result is not known.
func dataDocument(t *resource.Resource) (*jsontree.Node, bool) {
	if t.Get("source_policy_documents") != nil || t.Get("override_policy_documents") != nil ||
		t.Get("source_json") != nil || t.Get("override_json") != nil {
		return nil, false
	}
	doc := &jsontree.Node{Kind: jsontree.Object, Pos: jsontree.Pos{Line: t.Range.StartLine}}
	add := func(n *jsontree.Node, key string, x *jsontree.Node) {
		n.Keys = append(n.Keys, jsontree.Key{Name: key, Pos: x.Pos})
		n.Values = append(n.Values, x)
	}
	stmts := &jsontree.Node{Kind: jsontree.Array, Pos: doc.Pos}
	sv := t.Get("statement")
	if sv.IsUnknown() {
		return nil, false // dynamic blocks: the statements are not known
	}
	for _, st := range sv.Elements() {
		if st.Kind != resource.Object {
			return nil, false
		}
		s := &jsontree.Node{Kind: jsontree.Object, Pos: jsontree.Pos{Line: st.Range.StartLine}}
		if sid := st.Get("sid"); sid != nil {
			add(s, "Sid", valueNode(sid, 1))
		}
		effect := st.Get("effect")
		if effect == nil {
			effect = resource.NewString("Allow", st.Range)
		}
		add(s, "Effect", valueNode(effect, 1))
		for _, m := range [][2]string{{"actions", "Action"}, {"not_actions", "NotAction"}, {"resources", "Resource"}, {"not_resources", "NotResource"}} {
			if x := st.Get(m[0]); x != nil {
				add(s, m[1], valueNode(x, 1))
			}
		}
		for _, m := range [][2]string{{"principals", "Principal"}, {"not_principals", "NotPrincipal"}} {
			if x := st.Get(m[0]); x != nil {
				add(s, m[1], principalsNode(x))
			}
		}
		if x := st.Get("condition"); x != nil {
			add(s, "Condition", conditionsNode(x))
		}
		stmts.Items = append(stmts.Items, s)
	}
	add(doc, "Version", &jsontree.Node{Kind: jsontree.String, Text: "2012-10-17", Pos: doc.Pos})
	add(doc, "Statement", stmts)
	return doc, true
}

// principalsNode maps principals { type identifiers } blocks to a Principal element; type "*"
// with identifiers ["*"] is the wildcard principal.
func principalsNode(v *resource.Value) *jsontree.Node {
	n := &jsontree.Node{Kind: jsontree.Object, Pos: jsontree.Pos{Line: v.Range.StartLine}}
	if v.IsUnknown() {
		return valueNode(v, 1)
	}
	byType := map[string]*jsontree.Node{}
	for _, p := range v.Elements() {
		typ, ok := p.Get("type").AsString()
		ids := p.Get("identifiers")
		if !ok {
			return valueNode(p.Get("type"), 1)
		}
		if typ == "*" {
			if s, _ := ids.Strings(); len(s) == 1 && s[0] == "*" {
				return &jsontree.Node{Kind: jsontree.String, Text: "*", Pos: jsontree.Pos{Line: ids.Range.StartLine}}
			}
		}
		list := byType[typ]
		if list == nil {
			list = &jsontree.Node{Kind: jsontree.Array, Pos: jsontree.Pos{Line: p.Range.StartLine}}
			byType[typ] = list
			n.Keys = append(n.Keys, jsontree.Key{Name: typ, Pos: list.Pos})
			n.Values = append(n.Values, list)
		}
		x := valueNode(ids, 1)
		if x.Kind == jsontree.Array {
			list.Items = append(list.Items, x.Items...)
		} else {
			list.Items = append(list.Items, x)
		}
	}
	return n
}

// conditionsNode maps condition { test variable values } blocks to a Condition element.
func conditionsNode(v *resource.Value) *jsontree.Node {
	if v.IsUnknown() {
		return valueNode(v, 1)
	}
	n := &jsontree.Node{Kind: jsontree.Object, Pos: jsontree.Pos{Line: v.Range.StartLine}}
	ops := map[string]*jsontree.Node{}
	for _, c := range v.Elements() {
		test, _ := c.Get("test").AsString()
		variable, _ := c.Get("variable").AsString()
		if test == "" || variable == "" {
			test, variable = "(unknown)", "(unknown)"
		}
		op := ops[test]
		if op == nil {
			op = &jsontree.Node{Kind: jsontree.Object, Pos: jsontree.Pos{Line: c.Range.StartLine}}
			ops[test] = op
			n.Keys = append(n.Keys, jsontree.Key{Name: test, Pos: op.Pos})
			n.Values = append(n.Values, op)
		}
		op.Keys = append(op.Keys, jsontree.Key{Name: variable, Pos: jsontree.Pos{Line: c.Range.StartLine}})
		op.Values = append(op.Values, valueNode(c.Get("values"), 1))
	}
	return n
}
