package iamrules

import (
	"bytes"

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
	r := v.Range
	if c.tree == nil || r.Path == "" || r.StartLine < 1 || r.Column < 1 || r.EndLine-r.StartLine > maxSourceLines {
		return nil, false
	}
	lines, ok := c.lines[r.Path]
	if !ok {
		src, err := c.tree.ReadFile(r.Path)
		if err == nil {
			lines = bytes.SplitAfter(src, []byte("\n"))
		}
		c.lines[r.Path] = lines
	}
	if lines == nil || r.EndLine > len(lines) || r.Column-1 > len(lines[r.StartLine-1]) {
		return nil, false
	}
	var text []byte
	text = append(text, lines[r.StartLine-1][r.Column-1:]...)
	for i := r.StartLine; i < r.EndLine; i++ {
		text = append(text, lines[i]...)
	}
	expr, _ := hclsyntax.ParseExpression(text, r.Path, hcl.Pos{Line: r.StartLine, Column: r.Column, Byte: 0})
	call, ok := expr.(*hclsyntax.FunctionCallExpr)
	if !ok || call.Name != "jsonencode" || len(call.Args) != 1 {
		return nil, false
	}
	clearPositions(tree, 0)
	place(call.Args[0], tree, 0)
	return tree, true
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
