package iamrules

import (
	"bytes"
	"path"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/vigil-sec/vigil/internal/access/jsontree"
	"github.com/vigil-sec/vigil/internal/iac/resource"
)

// maxSourceLines bounds the expression re-read from a Terraform file to place a policy's lines.
const maxSourceLines = 2000

// placeFromSource gives the values of a policy written as `jsonencode({...})` in a Terraform file
// the lines they are written on. The model keeps a known jsonencode() as the JSON string it
// evaluates to, with the range of the whole call; re-reading the call's syntax with hclsyntax
// places each statement, action and principal while the values stay those the model evaluated
// (locals and variables resolved). Values whose syntax is not a literal constructor take the line
// of their expression. ok is false when the source cannot be read as such a call.
func (c *cloudPass) placeFromSource(v *resource.Value, tree *jsontree.Node) (*jsontree.Node, bool) {
	call, ok := c.sourceExpr(v).(*hclsyntax.FunctionCallExpr)
	if !ok || call.Name != "jsonencode" || len(call.Args) != 1 {
		return nil, false
	}
	clearPositions(tree, 0)
	place(call.Args[0], tree, 0)
	return tree, true
}

// sourceExpr re-reads the Terraform expression of a value from its file (nil when it cannot).
func (c *cloudPass) sourceExpr(v *resource.Value) hclsyntax.Expression {
	r := v.Range
	if !strings.HasSuffix(r.Path, ".tf") || r.StartLine < 1 || r.Column < 1 || r.EndLine < r.StartLine ||
		r.EndLine-r.StartLine > maxSourceLines {
		return nil
	}
	lines := c.fileLines(r.Path)
	if lines == nil || r.EndLine > len(lines) || r.Column-1 > len(lines[r.StartLine-1]) {
		return nil
	}
	var text []byte
	text = append(text, lines[r.StartLine-1][r.Column-1:]...)
	for i := r.StartLine; i < r.EndLine; i++ {
		text = append(text, lines[i]...)
	}
	expr, _ := hclsyntax.ParseExpression(text, r.Path, hcl.Pos{Line: r.StartLine, Column: r.Column, Byte: 0})
	return expr
}

// fileSource tells a value read with file("policies/x.json") or file("${path.module}/x.json") and
// returns that file's path in the reviewed tree, when it is there: the value is its content.
func (c *cloudPass) fileSource(r *resource.Resource, v *resource.Value) (string, bool) {
	call, ok := c.sourceExpr(v).(*hclsyntax.FunctionCallExpr)
	if !ok || call.Name != "file" || len(call.Args) != 1 {
		return "", false
	}
	var parts []hclsyntax.Expression
	switch a := call.Args[0].(type) {
	case *hclsyntax.TemplateExpr:
		parts = a.Parts
	default:
		parts = []hclsyntax.Expression{a}
	}
	dir := r.Root // file() without path.module is relative to the working directory: the root module
	anchored := false
	var b strings.Builder
	for _, p := range parts {
		switch x := p.(type) {
		case *hclsyntax.LiteralValueExpr:
			if x.Val.Type() != cty.String || !x.Val.IsKnown() {
				return "", false
			}
			b.WriteString(x.Val.AsString())
		case *hclsyntax.ScopeTraversalExpr:
			switch x.Traversal.RootName() + "." + traversalAttr(x.Traversal) {
			case "path.module":
				dir, anchored = path.Dir(v.Range.Path), true
			case "path.root", "path.cwd":
				anchored = true
			default:
				return "", false
			}
		default:
			return "", false
		}
	}
	if !anchored && path.IsAbs(b.String()) {
		return "", false // outside the reviewed tree
	}
	p := path.Clean(path.Join(dir, strings.TrimPrefix(b.String(), "/")))
	if strings.HasPrefix(p, "../") || c.fileLines(p) == nil {
		return "", false
	}
	return p, true
}

func traversalAttr(t hcl.Traversal) string {
	if len(t) < 2 {
		return ""
	}
	if a, ok := t[1].(hcl.TraverseAttr); ok {
		return a.Name
	}
	return ""
}

// fileLines reads (once) a reviewed file's lines; nil when it cannot be read.
func (c *cloudPass) fileLines(path string) [][]byte {
	if c.tree == nil || path == "" {
		return nil
	}
	lines, ok := c.lines[path]
	if !ok {
		if src, err := c.tree.ReadFile(path); err == nil {
			lines = bytes.SplitAfter(src, []byte("\n"))
		}
		c.lines[path] = lines
	}
	return lines
}

// unresolvedMark stands for an interpolation while a template's JSON is read: a JSON escape of
// NUL, which a policy never holds. Inside a JSON string it reads as NUL; outside, as a syntax error.
const unresolvedMark = `\u0000`

// templateFromSource reads a policy written as a string template whose interpolations are not
// known before apply (a heredoc with "${aws_s3_bucket.logs.arn}/*"): the model keeps the whole
// value unknown. The template's literal text is read as JSON, each interpolation standing for an
// unknown piece of the string that holds it; a string with one becomes Unresolved. A template
// that interpolates outside strings (whole arrays or objects) cannot be read: ok is false. base
// is the line before the template's first.
func (c *cloudPass) templateFromSource(v *resource.Value) (tree *jsontree.Node, base int, ok bool) {
	tmpl, ok := c.sourceExpr(v).(*hclsyntax.TemplateExpr)
	if !ok || len(tmpl.Parts) < 2 {
		return nil, 0, false
	}
	var b strings.Builder
	for _, p := range tmpl.Parts {
		if lit, ok := p.(*hclsyntax.LiteralValueExpr); ok && lit.Val.Type() == cty.String && lit.Val.IsKnown() {
			b.WriteString(lit.Val.AsString())
			continue
		}
		b.WriteString(unresolvedMark)
	}
	if !strings.HasPrefix(strings.TrimSpace(b.String()), "{") {
		return nil, 0, false
	}
	tree, err := jsontree.FromJSON([]byte(b.String()))
	if err != nil {
		return nil, 0, false
	}
	markUnresolved(tree, 0)
	return tree, tmpl.Parts[0].Range().Start.Line - 1, true
}

// markUnresolved turns the strings that hold an interpolation into Unresolved values.
func markUnresolved(n *jsontree.Node, depth int) {
	if n == nil || depth > maxValueDepth {
		return
	}
	if n.Kind == jsontree.String && strings.Contains(n.Text, "\x00") {
		n.Kind, n.Text = jsontree.Unresolved, strings.ReplaceAll(n.Text, "\x00", "${...}")
	}
	for _, x := range n.Values {
		markUnresolved(x, depth+1)
	}
	for _, x := range n.Items {
		markUnresolved(x, depth+1)
	}
}

// clearPositions forgets the positions a tree got from its JSON text.
func clearPositions(n *jsontree.Node, depth int) {
	if n == nil || depth > maxValueDepth {
		return
	}
	n.Pos = jsontree.Pos{}
	for i := range n.Keys {
		n.Keys[i].Pos = jsontree.Pos{}
		clearPositions(n.Values[i], depth+1)
	}
	for _, it := range n.Items {
		clearPositions(it, depth+1)
	}
}

// place walks an expression and the tree it evaluated to side by side.
func place(e hclsyntax.Expression, n *jsontree.Node, depth int) {
	if n == nil || depth > maxValueDepth {
		return
	}
	line := jsontree.Pos{Line: e.Range().Start.Line}
	switch x := e.(type) {
	case *hclsyntax.ObjectConsExpr:
		if n.Kind != jsontree.Object {
			break
		}
		n.Pos = line
		for _, item := range x.Items {
			key, ok := keyOf(item.KeyExpr)
			if !ok {
				continue
			}
			for i := range n.Keys {
				if n.Keys[i].Name == key {
					n.Keys[i].Pos = jsontree.Pos{Line: item.KeyExpr.Range().Start.Line}
					place(item.ValueExpr, n.Values[i], depth+1)
				}
			}
		}
		return
	case *hclsyntax.TupleConsExpr:
		if n.Kind != jsontree.Array || len(x.Exprs) != len(n.Items) {
			break
		}
		n.Pos = line
		for i, it := range x.Exprs {
			place(it, n.Items[i], depth+1)
		}
		return
	}
	setPositions(n, line, depth)
}

// setPositions gives a whole subtree one position.
func setPositions(n *jsontree.Node, p jsontree.Pos, depth int) {
	if n == nil || depth > maxValueDepth {
		return
	}
	n.Pos = p
	for i := range n.Keys {
		n.Keys[i].Pos = p
		setPositions(n.Values[i], p, depth+1)
	}
	for _, it := range n.Items {
		setPositions(it, p, depth+1)
	}
}

// keyOf reads an object key written as a bare word or a literal string.
func keyOf(e hclsyntax.Expression) (string, bool) {
	if k := hcl.ExprAsKeyword(e); k != "" {
		return k, true
	}
	v, diags := e.Value(nil)
	if diags.HasErrors() || !v.IsKnown() || v.IsNull() || v.Type() != cty.String {
		return "", false
	}
	return v.AsString(), true
}
