package expr

import (
	"fmt"
	"strings"
)

// Limits that keep hostile input from exhausting the stack or memory.
const (
	MaxLength = 64 << 10
	MaxDepth  = 200
)

// Parse parses one expression (the text between `${{` and `}}`). The error is a *SyntaxError.
func Parse(src string) (Node, error) {
	if len(src) > MaxLength {
		return nil, &SyntaxError{0, fmt.Sprintf("expression longer than %d bytes", MaxLength)}
	}
	toks, err := lex(src)
	if err != nil {
		return nil, err
	}
	p := &parser{toks: toks}
	if p.peek().kind == tokEOF {
		return nil, &SyntaxError{0, "empty expression"}
	}
	n, err := p.or()
	if err != nil {
		return nil, err
	}
	if t := p.peek(); t.kind != tokEOF {
		return nil, &SyntaxError{t.pos, fmt.Sprintf("unexpected %s after the end of the expression", describe(t))}
	}
	return n, nil
}

type parser struct {
	toks  []token
	i     int
	depth int
}

func (p *parser) peek() token { return p.toks[p.i] }
func (p *parser) next() token {
	t := p.toks[p.i]
	if t.kind != tokEOF {
		p.i++
	}
	return t
}

func (p *parser) is(kind tokKind, text string) bool {
	t := p.peek()
	return t.kind == kind && t.text == text
}

func describe(t token) string {
	switch t.kind {
	case tokEOF:
		return "end of expression"
	case tokString:
		return "string '" + t.text + "'"
	}
	return fmt.Sprintf("%q", t.text)
}

func (p *parser) enter(pos int) error {
	p.depth++
	if p.depth > MaxDepth {
		return &SyntaxError{pos, fmt.Sprintf("expression nested deeper than %d levels", MaxDepth)}
	}
	return nil
}

func (p *parser) binary(ops []string, operand func() (Node, error)) (Node, error) {
	left, err := operand()
	if err != nil {
		return nil, err
	}
	for {
		t := p.peek()
		if t.kind != tokOp || !contains(ops, t.text) {
			return left, nil
		}
		p.next()
		right, err := operand()
		if err != nil {
			return nil, err
		}
		left = &Binary{At: t.pos, Op: t.text, Left: left, Right: right}
	}
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func (p *parser) or() (Node, error)  { return p.binary([]string{"||"}, p.and) }
func (p *parser) and() (Node, error) { return p.binary([]string{"&&"}, p.eq) }
func (p *parser) eq() (Node, error)  { return p.binary([]string{"==", "!="}, p.cmp) }
func (p *parser) cmp() (Node, error) { return p.binary([]string{"<", "<=", ">", ">="}, p.unary) }

func (p *parser) unary() (Node, error) {
	if t := p.peek(); t.kind == tokPunct && t.text == "!" {
		p.next()
		if err := p.enter(t.pos); err != nil {
			return nil, err
		}
		defer func() { p.depth-- }()
		operand, err := p.unary()
		if err != nil {
			return nil, err
		}
		return &Not{At: t.pos, Operand: operand}, nil
	}
	return p.postfix()
}

func (p *parser) postfix() (Node, error) {
	n, err := p.primary()
	if err != nil {
		return nil, err
	}
	for {
		t := p.peek()
		if lit, ok := n.(*Literal); ok && t.kind == tokPunct && (t.text == "." || t.text == "[") {
			return nil, &SyntaxError{t.pos, fmt.Sprintf("a %s literal has no properties", lit.Kind)}
		}
		switch {
		case t.kind == tokPunct && t.text == ".":
			p.next()
			name := p.next()
			switch {
			case name.kind == tokIdent:
				n = &Property{At: name.pos, Receiver: n, Name: name.text}
			case name.kind == tokPunct && name.text == "*":
				n = &Star{At: name.pos, Receiver: n}
			default:
				return nil, &SyntaxError{name.pos, fmt.Sprintf("expected a property name after '.', got %s", describe(name))}
			}
		case t.kind == tokPunct && t.text == "[":
			p.next()
			if p.is(tokPunct, "*") {
				star := p.next()
				if !p.is(tokPunct, "]") {
					return nil, &SyntaxError{p.peek().pos, "expected ']' after '[*'"}
				}
				p.next()
				n = &Star{At: star.pos, Receiver: n}
				continue
			}
			if err := p.enter(t.pos); err != nil {
				return nil, err
			}
			idx, err := p.or()
			p.depth--
			if err != nil {
				return nil, err
			}
			if !p.is(tokPunct, "]") {
				return nil, &SyntaxError{p.peek().pos, fmt.Sprintf("expected ']', got %s", describe(p.peek()))}
			}
			p.next()
			n = &Index{At: t.pos, Receiver: n, Index: idx}
		default:
			return n, nil
		}
	}
}

func (p *parser) primary() (Node, error) {
	t := p.next()
	switch t.kind {
	case tokNumber:
		return &Literal{At: t.pos, Kind: LitNumber, Value: t.text}, nil
	case tokString:
		return &Literal{At: t.pos, Kind: LitString, Value: t.text}, nil
	case tokIdent:
		switch t.text {
		case "null":
			return &Literal{At: t.pos, Kind: LitNull, Value: "null"}, nil
		case "true", "false":
			return &Literal{At: t.pos, Kind: LitBool, Value: t.text}, nil
		}
		if p.is(tokPunct, "(") {
			return p.call(t)
		}
		return &Variable{At: t.pos, Name: t.text}, nil
	case tokPunct:
		if t.text == "(" {
			if err := p.enter(t.pos); err != nil {
				return nil, err
			}
			n, err := p.or()
			p.depth--
			if err != nil {
				return nil, err
			}
			if !p.is(tokPunct, ")") {
				return nil, &SyntaxError{p.peek().pos, fmt.Sprintf("expected ')', got %s", describe(p.peek()))}
			}
			p.next()
			return n, nil
		}
	}
	return nil, &SyntaxError{t.pos, fmt.Sprintf("unexpected %s", describe(t))}
}

func (p *parser) call(name token) (Node, error) {
	open := p.next()
	if err := p.enter(open.pos); err != nil {
		return nil, err
	}
	defer func() { p.depth-- }()
	c := &Call{At: name.pos, Name: name.text}
	if p.is(tokPunct, ")") {
		p.next()
		return c, nil
	}
	for {
		arg, err := p.or()
		if err != nil {
			return nil, err
		}
		c.Args = append(c.Args, arg)
		t := p.next()
		if t.kind == tokPunct && t.text == ")" {
			break
		}
		if t.kind != tokPunct || t.text != "," {
			return nil, &SyntaxError{t.pos, fmt.Sprintf("expected ',' or ')' in the arguments of %s, got %s", name.text, describe(t))}
		}
	}
	if want, ok := arity[strings.ToLower(c.Name)]; ok {
		if len(c.Args) < want[0] || want[1] >= 0 && len(c.Args) > want[1] {
			return nil, &SyntaxError{name.pos, fmt.Sprintf("%s takes %s, got %d", c.Name, arityText(want), len(c.Args))}
		}
	}
	return c, nil
}

// arity holds the argument counts of the built-in functions (min, max; -1 is unbounded).
var arity = map[string][2]int{
	"contains": {2, 2}, "startswith": {2, 2}, "endswith": {2, 2}, "format": {1, -1}, "join": {1, 2},
	"tojson": {1, 1}, "fromjson": {1, 1}, "hashfiles": {1, -1}, "success": {0, 0}, "always": {0, 0},
	"cancelled": {0, 0}, "failure": {0, 0},
}

func arityText(a [2]int) string {
	switch {
	case a[0] == a[1]:
		return fmt.Sprintf("%d argument(s)", a[0])
	case a[1] < 0:
		return fmt.Sprintf("at least %d argument(s)", a[0])
	}
	return fmt.Sprintf("%d to %d arguments", a[0], a[1])
}

// Known reports whether name is a built-in function.
func Known(name string) bool {
	_, ok := arity[strings.ToLower(name)]
	return ok
}
