// Package expr parses GitHub Actions expressions (the text inside `${{ }}`) into a small AST, and
// finds the templates in a string. It never evaluates anything: rules walk the tree to see which
// contexts flow where.
package expr

import (
	"strconv"
	"strings"
)

// Node is one node of an expression tree. Pos is the byte offset of the node in the expression source.
type Node interface {
	Pos() int
}

// Literal kinds.
const (
	LitNull   = "null"
	LitBool   = "bool"
	LitNumber = "number"
	LitString = "string"
)

// Literal is null, a boolean, a number or a string. Value holds the decoded text.
type Literal struct {
	At    int
	Kind  string
	Value string
}

// Variable is a context name at the root of an access: github, env, secrets, steps, inputs ...
type Variable struct {
	At   int
	Name string
}

// Property is `Receiver.Name`.
type Property struct {
	At       int
	Receiver Node
	Name     string
}

// Index is `Receiver[Index]`.
type Index struct {
	At       int
	Receiver Node
	Index    Node
}

// Star is the object filter `Receiver.*` (or `Receiver[*]`).
type Star struct {
	At       int
	Receiver Node
}

// Call is a function call; Name is as written (functions are case-insensitive).
type Call struct {
	At   int
	Name string
	Args []Node
}

// Not is `!Operand`.
type Not struct {
	At      int
	Operand Node
}

// Binary is a comparison or a logical operator: == != < <= > >= && ||.
type Binary struct {
	At          int
	Op          string
	Left, Right Node
}

func (n *Literal) Pos() int  { return n.At }
func (n *Variable) Pos() int { return n.At }
func (n *Property) Pos() int { return n.At }
func (n *Index) Pos() int    { return n.At }
func (n *Star) Pos() int     { return n.At }
func (n *Call) Pos() int     { return n.At }
func (n *Not) Pos() int      { return n.At }
func (n *Binary) Pos() int   { return n.At }

// Walk calls fn for n and, while fn returns true, for its children, depth first.
func Walk(n Node, fn func(Node) bool) {
	if n == nil || !fn(n) {
		return
	}
	switch n := n.(type) {
	case *Property:
		Walk(n.Receiver, fn)
	case *Index:
		Walk(n.Receiver, fn)
		Walk(n.Index, fn)
	case *Star:
		Walk(n.Receiver, fn)
	case *Call:
		for _, a := range n.Args {
			Walk(a, fn)
		}
	case *Not:
		Walk(n.Operand, fn)
	case *Binary:
		Walk(n.Left, fn)
		Walk(n.Right, fn)
	}
}

// Path renders a context access as a lower-case dotted path: `github.event.issue.title`,
// `github.event.commits.*.message` (a star or a non-literal index becomes `*`). It reports false for
// anything that is not a chain of accesses rooted at a variable.
func Path(n Node) (string, bool) {
	var parts []string
	for {
		switch v := n.(type) {
		case *Variable:
			parts = append(parts, strings.ToLower(v.Name))
			for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
				parts[i], parts[j] = parts[j], parts[i]
			}
			return strings.Join(parts, "."), true
		case *Property:
			parts = append(parts, strings.ToLower(v.Name))
			n = v.Receiver
		case *Star:
			parts = append(parts, "*")
			n = v.Receiver
		case *Index:
			if lit, ok := v.Index.(*Literal); ok && lit.Kind == LitString {
				parts = append(parts, strings.ToLower(lit.Value))
			} else {
				parts = append(parts, "*")
			}
			n = v.Receiver
		default:
			return "", false
		}
	}
}

// String renders the expression back to source form, normalized (used in messages).
func String(n Node) string {
	var b strings.Builder
	write(&b, n)
	return b.String()
}

func write(b *strings.Builder, n Node) {
	switch v := n.(type) {
	case *Literal:
		switch v.Kind {
		case LitString:
			b.WriteString("'" + strings.ReplaceAll(v.Value, "'", "''") + "'")
		default:
			b.WriteString(v.Value)
		}
	case *Variable:
		b.WriteString(v.Name)
	case *Property:
		write(b, v.Receiver)
		b.WriteString("." + v.Name)
	case *Star:
		write(b, v.Receiver)
		b.WriteString(".*")
	case *Index:
		write(b, v.Receiver)
		b.WriteString("[")
		write(b, v.Index)
		b.WriteString("]")
	case *Call:
		b.WriteString(v.Name + "(")
		for i, a := range v.Args {
			if i > 0 {
				b.WriteString(", ")
			}
			write(b, a)
		}
		b.WriteString(")")
	case *Not:
		b.WriteString("!")
		operand(b, v.Operand, 99, false)
	case *Binary:
		operand(b, v.Left, precedence[v.Op], false)
		b.WriteString(" " + v.Op + " ")
		operand(b, v.Right, precedence[v.Op], true)
	case nil:
		b.WriteString("<nil>")
	default:
		b.WriteString(strconv.Quote("?"))
	}
}

var precedence = map[string]int{"||": 1, "&&": 2, "==": 3, "!=": 3, "<": 4, "<=": 4, ">": 4, ">=": 4}

// operand writes a child of an operator, in parentheses where the operator binds tighter.
func operand(b *strings.Builder, n Node, parent int, right bool) {
	if bin, ok := n.(*Binary); ok {
		p := precedence[bin.Op]
		if p < parent || right && p == parent {
			b.WriteString("(")
			write(b, n)
			b.WriteString(")")
			return
		}
	}
	write(b, n)
}
