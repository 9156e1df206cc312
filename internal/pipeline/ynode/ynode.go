// Package ynode reads yaml.v3 node trees the way CI configurations need: aliases followed, merge keys
// (`<<: *defaults`) applied, every value kept with its line and column, and a budget on how much a
// hostile file can make a reader walk.
package ynode

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strconv"

	"gopkg.in/yaml.v3"
)

// MaxAliasDepth bounds chains of aliases and merges.
const MaxAliasDepth = 32

// ErrEmpty is returned for a file that holds no YAML document.
var ErrEmpty = errors.New("empty document")

var lineRe = regexp.MustCompile(`line (\d+)`)

// ParseError is a YAML syntax error with the line it names (0 when unknown).
type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return e.Msg }

// Parse decodes the first document of data and returns its root value node.
func Parse(data []byte) (*yaml.Node, error) {
	var doc yaml.Node
	// Unmarshal reads the bytes in place (a Decoder copies them through a reader buffer) and,
	// like a Decoder, only the first document.
	if err := yaml.Unmarshal(data, &doc); err != nil {
		msg := err.Error()
		line := 0
		if m := lineRe.FindStringSubmatch(msg); m != nil {
			line, _ = strconv.Atoi(m[1])
		}
		return nil, &ParseError{Line: line, Msg: "invalid YAML: " + trimYAMLPrefix(msg)}
	}
	if len(doc.Content) == 0 {
		return nil, ErrEmpty
	}
	root := Resolve(doc.Content[0])
	if root == nil || root.Tag == "!!null" {
		return nil, ErrEmpty
	}
	return root, nil
}

func trimYAMLPrefix(s string) string {
	if len(s) > 6 && s[:6] == "yaml: " {
		return s[6:]
	}
	return s
}

// Resolve follows aliases to the node they stand for.
func Resolve(n *yaml.Node) *yaml.Node {
	for i := 0; n != nil && n.Kind == yaml.AliasNode; i++ {
		if i >= MaxAliasDepth {
			return nil
		}
		n = n.Alias
	}
	return n
}

// Pair is one key and value of a mapping.
type Pair struct {
	Key   *yaml.Node
	Value *yaml.Node
}

// Pairs lists a mapping's entries in order, with merge keys applied: merged entries come first and
// are overridden by explicit ones. A node that is not a mapping has no pairs.
// Each mapping is merged at most once per call, so chains of merges of merges stay linear.
func Pairs(n *yaml.Node) []Pair { return pairs(n, 0, nil) }

func pairs(n *yaml.Node, depth int, seen map[*yaml.Node]bool) []Pair {
	n = Resolve(n)
	if n == nil || n.Kind != yaml.MappingNode || depth > MaxAliasDepth {
		return nil
	}
	var merged []Pair
	own := make([]Pair, 0, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind == yaml.ScalarNode && k.Value == "<<" && k.Tag == "!!merge" {
			src := Resolve(v)
			if src == nil {
				continue
			}
			if seen == nil {
				seen = map[*yaml.Node]bool{}
			}
			sources := []*yaml.Node{src}
			if src.Kind == yaml.SequenceNode {
				sources = src.Content
			}
			for _, item := range sources {
				item = Resolve(item)
				if item == nil || seen[item] {
					continue
				}
				seen[item] = true
				merged = append(merged, pairs(item, depth+1, seen)...)
			}
			continue
		}
		own = append(own, Pair{Key: k, Value: Resolve(v)})
	}
	if len(merged) == 0 {
		return own
	}
	keys := map[string]bool{}
	for _, p := range own {
		keys[p.Key.Value] = true
	}
	var out []Pair
	for _, p := range merged {
		if !keys[p.Key.Value] {
			keys[p.Key.Value] = true
			out = append(out, p)
		}
	}
	return append(out, own...)
}

// Get returns the value of key in a mapping, or nil.
func Get(n *yaml.Node, key string) *yaml.Node {
	n = Resolve(n)
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	// Fast path without allocation for mappings that merge nothing in.
	var found *yaml.Node
	merges := false
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		if k.Value == "<<" && k.Tag == "!!merge" {
			merges = true
			break
		}
		if k.Value == key {
			found = Resolve(n.Content[i+1])
		}
	}
	if !merges {
		return found
	}
	found = nil
	for _, p := range Pairs(n) {
		if p.Key.Value == key {
			found = p.Value
		}
	}
	return found
}

// GetPair returns the key node and value of key in a mapping.
func GetPair(n *yaml.Node, key string) (Pair, bool) {
	var found Pair
	ok := false
	for _, p := range Pairs(n) {
		if p.Key.Value == key {
			found, ok = p, true
		}
	}
	return found, ok
}

// Items lists a sequence's items (aliases followed); a scalar or mapping is a list of one.
func Items(n *yaml.Node) []*yaml.Node {
	n = Resolve(n)
	switch {
	case n == nil:
		return nil
	case n.Kind == yaml.SequenceNode:
		out := make([]*yaml.Node, 0, len(n.Content))
		for _, c := range n.Content {
			if r := Resolve(c); r != nil {
				out = append(out, r)
			}
		}
		return out
	}
	return []*yaml.Node{n}
}

// IsMap, IsSeq and IsScalar test a node's kind after following aliases.
func IsMap(n *yaml.Node) bool    { n = Resolve(n); return n != nil && n.Kind == yaml.MappingNode }
func IsSeq(n *yaml.Node) bool    { n = Resolve(n); return n != nil && n.Kind == yaml.SequenceNode }
func IsScalar(n *yaml.Node) bool { n = Resolve(n); return n != nil && n.Kind == yaml.ScalarNode }

// Str is a scalar value with its place in the file.
type Str struct {
	Value string
	Line  int
	Col   int
	// Literal is true when Value is written as is in the file (plain, single line, or a literal
	// block), so that offsets in Value map to file positions line by line.
	Literal bool
	Node    *yaml.Node
}

// Valid reports whether the value was present.
func (s Str) Valid() bool { return s.Node != nil }

// Scalar reads a scalar node; a missing or non-scalar node gives an invalid Str (with the node's
// position, when there is one).
func Scalar(n *yaml.Node) Str {
	n = Resolve(n)
	if n == nil {
		return Str{}
	}
	if n.Kind != yaml.ScalarNode {
		return Str{Line: n.Line, Col: n.Column}
	}
	s := Str{Value: n.Value, Line: n.Line, Col: n.Column, Node: n}
	switch n.Style {
	case yaml.LiteralStyle:
		// The content starts on the line after the `|` indicator; the column is the indentation,
		// which the reader of a block does not know, so positions within it count from column 1.
		s.Line, s.Col, s.Literal = n.Line+1, 1, true
	case 0, yaml.TaggedStyle:
		s.Literal = !bytes.ContainsAny([]byte(n.Value), "\n")
	}
	return s
}

// Position returns the line and column of offset within s (see Str.Literal); for values that are
// folded or quoted it falls back to the value's own line.
func (s Str) Position(offset int) (int, int) {
	if !s.Literal || s.Node == nil {
		return s.Line, s.Col
	}
	line, col := s.Line, s.Col
	for k := 0; k < offset && k < len(s.Value); k++ {
		if s.Value[k] == '\n' {
			line++
			col = 1
		} else {
			col++
		}
	}
	if s.Node.Style == yaml.LiteralStyle {
		return line, 0
	}
	return line, col
}

// Walker visits nodes with a budget, so a document of aliases cannot make a reader walk forever.
type Walker struct {
	Budget int
}

// ErrBudget is returned when a walk exceeds its budget.
var ErrBudget = errors.New("document too large or too deeply aliased to walk")

// Scalars calls fn for every scalar below n (keys included when keys is true), following aliases and
// merges. It stops with ErrBudget once the budget is spent.
func (w *Walker) Scalars(n *yaml.Node, keys bool, fn func(*yaml.Node)) error {
	return w.scalars(n, keys, fn, 0)
}

func (w *Walker) scalars(n *yaml.Node, keys bool, fn func(*yaml.Node), depth int) error {
	n = Resolve(n)
	if n == nil {
		return nil
	}
	w.Budget--
	if w.Budget < 0 || depth > 256 {
		return ErrBudget
	}
	switch n.Kind {
	case yaml.ScalarNode:
		fn(n)
	case yaml.SequenceNode, yaml.DocumentNode:
		for _, c := range n.Content {
			if err := w.scalars(c, keys, fn, depth+1); err != nil {
				return err
			}
		}
	case yaml.MappingNode:
		for _, p := range Pairs(n) {
			if keys {
				fn(p.Key)
			}
			if err := w.scalars(p.Value, keys, fn, depth+1); err != nil {
				return err
			}
		}
	}
	return nil
}

// KindName names a node's kind for messages ("a mapping", "a list", "a string").
func KindName(n *yaml.Node) string {
	n = Resolve(n)
	switch {
	case n == nil:
		return "nothing"
	case n.Kind == yaml.MappingNode:
		return "a mapping"
	case n.Kind == yaml.SequenceNode:
		return "a list"
	case n.Tag == "!!null":
		return "null"
	}
	return fmt.Sprintf("a scalar (%s)", n.Tag)
}

// ParseMapping parses a document that must be a mapping; what names the file kind in the error
// ("a CircleCI configuration").
func ParseMapping(data []byte, what string) (*yaml.Node, error) {
	root, err := Parse(data)
	if err != nil {
		return nil, err
	}
	if root.Kind != yaml.MappingNode {
		return nil, &ParseError{Line: root.Line, Msg: what + " must be a mapping, not " + KindName(root)}
	}
	return root, nil
}
