// Package jsontree reads JSON documents, and converts YAML nodes, into one tree of values that keeps
// the line and column of every value: what policy documents and exported account evidence are read
// into, so that every finding can name its line.
package jsontree

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

// Pos is a place in the source a policy was read from. Lines and columns count from 1; zero means
// unknown (a policy built in code, or a value whose source has no positions).
type Pos struct {
	Line int
	Col  int
}

// NodeKind is the JSON type of a Node.
type NodeKind int

// Node kinds. Unresolved stands for a value that is not known until deployment: a CloudFormation
// intrinsic function, a Terraform reference. Rules treat it as "some specific value", never as "*".
const (
	Null NodeKind = iota
	String
	Number
	Bool
	Object
	Array
	Unresolved
)

// Node is a JSON-shaped value with positions. Policies are parsed from nodes so that a policy in a
// JSON file, a CloudFormation YAML template or a Terraform expression gives the same model with the
// right lines.
type Node struct {
	Kind NodeKind
	// Text is the value of a String, Number or Bool, and a short description of an Unresolved value.
	Text string
	Pos  Pos
	// Keys and Values hold an Object's members in source order; Items an Array's elements.
	Keys   []Key
	Values []*Node
	Items  []*Node
}

// Key is an object member's name and where it is written.
type Key struct {
	Name string
	Pos  Pos
}

// Get returns the member named name (the last one, when the name repeats), or nil.
func (n *Node) Get(name string) *Node {
	if n == nil || n.Kind != Object {
		return nil
	}
	for i := len(n.Keys) - 1; i >= 0; i-- {
		if n.Keys[i].Name == name {
			return n.Values[i]
		}
	}
	return nil
}

// Limits on what FromJSON accepts, so that hostile input cannot exhaust the stack or memory.
const (
	maxDepth = 64
	maxNodes = 1 << 20
)

// SyntaxError is a JSON document that cannot be read, with the line and column of the problem.
type SyntaxError struct {
	Pos Pos
	Msg string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("line %d, column %d: %s", e.Pos.Line, e.Pos.Col, e.Msg)
}

// FromJSON reads a JSON document into a Node tree with line and column positions, using the
// standard library's tokenizer.
func FromJSON(data []byte) (*Node, error) {
	if bytes.HasPrefix(data, []byte("\ufeff")) {
		// A byte-order mark, as some Windows editors write: blank it out, keeping the offsets.
		data = append([]byte("   "), data[3:]...)
	}
	b := &jsonBuilder{data: data, lines: lineStarts(data)}
	b.dec = json.NewDecoder(bytes.NewReader(data))
	b.dec.UseNumber()
	n, err := b.value(0)
	if err != nil {
		return nil, err
	}
	if _, err := b.dec.Token(); err != io.EOF {
		return nil, &SyntaxError{Pos: b.pos(b.next()), Msg: "unexpected content after the top-level value"}
	}
	return n, nil
}

type jsonBuilder struct {
	data  []byte
	lines []int
	dec   *json.Decoder
	nodes int
}

func lineStarts(data []byte) []int {
	starts := []int{0}
	for i, c := range data {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// next is the offset where the decoder's next token starts: past white space and separators.
func (b *jsonBuilder) next() int {
	off := int(b.dec.InputOffset())
	for off < len(b.data) {
		switch b.data[off] {
		case ' ', '\t', '\r', '\n', ',', ':':
			off++
			continue
		}
		break
	}
	return off
}

func (b *jsonBuilder) pos(off int) Pos {
	line := sort.Search(len(b.lines), func(i int) bool { return b.lines[i] > off })
	return Pos{Line: line, Col: off - b.lines[line-1] + 1}
}

func (b *jsonBuilder) errorAt(off int, err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		off = int(se.Offset) - 1
	}
	if off < 0 {
		off = 0
	}
	msg := strings.TrimPrefix(err.Error(), "json: ")
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		off, msg = len(b.data), "unexpected end of JSON input"
	}
	return &SyntaxError{Pos: b.pos(min(off, len(b.data))), Msg: msg}
}

func (b *jsonBuilder) value(depth int) (*Node, error) {
	start := b.next()
	tok, err := b.dec.Token()
	if err != nil {
		return nil, b.errorAt(start, err)
	}
	if b.nodes++; b.nodes > maxNodes {
		return nil, &SyntaxError{Pos: b.pos(start), Msg: "document has too many values"}
	}
	n := &Node{Pos: b.pos(start)}
	switch t := tok.(type) {
	case json.Delim:
		if depth >= maxDepth {
			return nil, &SyntaxError{Pos: n.Pos, Msg: fmt.Sprintf("nesting deeper than %d levels", maxDepth)}
		}
		switch t {
		case '{':
			n.Kind = Object
			for b.dec.More() {
				kstart := b.next()
				kt, err := b.dec.Token()
				if err != nil {
					return nil, b.errorAt(kstart, err)
				}
				name, _ := kt.(string)
				v, err := b.value(depth + 1)
				if err != nil {
					return nil, err
				}
				n.Keys = append(n.Keys, Key{Name: name, Pos: b.pos(kstart)})
				n.Values = append(n.Values, v)
			}
		case '[':
			n.Kind = Array
			for b.dec.More() {
				v, err := b.value(depth + 1)
				if err != nil {
					return nil, err
				}
				n.Items = append(n.Items, v)
			}
		}
		end := b.next()
		if _, err := b.dec.Token(); err != nil {
			return nil, b.errorAt(end, err)
		}
	case string:
		n.Kind, n.Text = String, t
	case json.Number:
		n.Kind, n.Text = Number, t.String()
	case bool:
		n.Kind, n.Text = Bool, fmt.Sprint(t)
	case nil:
		n.Kind = Null
	}
	return n, nil
}

// FromYAML converts a yaml.v3 node (a CloudFormation template's PolicyDocument, for example) into a
// Node tree. Aliases are followed; a tagged value such as !Sub or !GetAtt, and a map holding one
// "Ref" or "Fn::..." key, becomes Unresolved.
func FromYAML(y *yaml.Node) *Node {
	count := 0
	return fromYAML(y, 0, &count)
}

func fromYAML(y *yaml.Node, depth int, count *int) *Node {
	if y == nil {
		return &Node{Kind: Null}
	}
	*count++
	n := &Node{Pos: Pos{Line: y.Line, Col: y.Column}}
	if depth > maxDepth || *count > maxNodes {
		n.Kind, n.Text = Unresolved, "value nested too deep"
		return n
	}
	switch y.Kind {
	case yaml.DocumentNode:
		if len(y.Content) == 0 {
			return n
		}
		return fromYAML(y.Content[0], depth+1, count)
	case yaml.AliasNode:
		return fromYAML(y.Alias, depth+1, count)
	case yaml.MappingNode:
		if len(y.Content) == 2 && isIntrinsic(y.Content[0].Value) {
			n.Kind, n.Text = Unresolved, y.Content[0].Value
			if v := y.Content[1]; v.Kind == yaml.ScalarNode {
				n.Text += " " + v.Value
			}
			return n
		}
		n.Kind = Object
		for i := 0; i+1 < len(y.Content); i += 2 {
			k := y.Content[i]
			n.Keys = append(n.Keys, Key{Name: k.Value, Pos: Pos{Line: k.Line, Col: k.Column}})
			n.Values = append(n.Values, fromYAML(y.Content[i+1], depth+1, count))
		}
	case yaml.SequenceNode:
		n.Kind = Array
		for _, c := range y.Content {
			n.Items = append(n.Items, fromYAML(c, depth+1, count))
		}
	case yaml.ScalarNode:
		switch y.Tag {
		case "!!str", "!!binary", "":
			n.Kind, n.Text = String, y.Value
		case "!!int", "!!float":
			n.Kind, n.Text = Number, y.Value
		case "!!bool":
			n.Kind, n.Text = Bool, y.Value
		case "!!null":
			n.Kind = Null
		default:
			n.Kind, n.Text = Unresolved, y.Tag
		}
	}
	if y.Tag != "" && strings.HasPrefix(y.Tag, "!") && !strings.HasPrefix(y.Tag, "!!") {
		text := y.Tag
		if y.Kind == yaml.ScalarNode && y.Value != "" {
			// Keep the template of !Sub "arn:...:oidc-provider/token.actions..." for rules to read.
			text += " " + y.Value
		}
		n.Kind, n.Text, n.Keys, n.Values, n.Items = Unresolved, text, nil, nil, nil
	}
	return n
}

func isIntrinsic(key string) bool {
	return key == "Ref" || key == "Condition" || strings.HasPrefix(key, "Fn::")
}
