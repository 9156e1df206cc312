package deps

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// jsonNode is a JSON value with the line it starts on, for formats without comments where findings
// must still point at a line. Objects keep their key order.
type jsonNode struct {
	Line  int
	Kind  byte // '{', '[', 's' string, 'n' number, 'b' bool, '0' null
	Str   string
	Keys  []string
	Vals  []*jsonNode
	Items []*jsonNode
}

// Get returns the member of an object by key, or nil.
func (n *jsonNode) Get(key string) *jsonNode {
	if n == nil || n.Kind != '{' {
		return nil
	}
	for i, k := range n.Keys {
		if k == key {
			return n.Vals[i]
		}
	}
	return nil
}

// String returns a string member's value, or "".
func (n *jsonNode) String(key string) string {
	if v := n.Get(key); v != nil && v.Kind == 's' {
		return v.Str
	}
	return ""
}

// Bool returns a boolean member's value.
func (n *jsonNode) Bool(key string) bool {
	v := n.Get(key)
	return v != nil && v.Kind == 'b' && v.Str == "true"
}

// lineCounter turns increasing byte offsets into line numbers in one pass.
type lineCounter struct {
	data []byte
	off  int64
	line int
}

func (c *lineCounter) at(off int64) int {
	if off > int64(len(c.data)) {
		off = int64(len(c.data))
	}
	if off > c.off {
		c.line += bytes.Count(c.data[c.off:off], []byte{'\n'})
		c.off = off
	}
	return c.line
}

const maxJSONDepth = 512

// parseJSONTree parses a whole JSON document into nodes with lines.
func parseJSONTree(data []byte) (*jsonNode, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	lc := &lineCounter{data: data, line: 1}
	// The line of a token is that of its first byte: skip the whitespace after the previous token.
	startLine := func() int {
		off := dec.InputOffset()
		for off < int64(len(data)) && (data[off] == ' ' || data[off] == '\t' || data[off] == '\n' || data[off] == '\r' || data[off] == ',' || data[off] == ':') {
			off++
		}
		return lc.at(off)
	}
	var read func(depth int) (*jsonNode, error)
	read = func(depth int) (*jsonNode, error) {
		if depth > maxJSONDepth {
			return nil, errorf(startLine(), "JSON nested deeper than %d levels", maxJSONDepth)
		}
		line := startLine()
		tok, err := dec.Token()
		if err != nil {
			return nil, jsonErr(err, lc, dec)
		}
		n := &jsonNode{Line: line}
		switch t := tok.(type) {
		case json.Delim:
			switch t {
			case '{':
				n.Kind = '{'
				for dec.More() {
					kl := startLine()
					kt, err := dec.Token()
					if err != nil {
						return nil, jsonErr(err, lc, dec)
					}
					k, _ := kt.(string)
					v, err := read(depth + 1)
					if err != nil {
						return nil, err
					}
					v.Line = kl
					n.Keys = append(n.Keys, k)
					n.Vals = append(n.Vals, v)
				}
			case '[':
				n.Kind = '['
				for dec.More() {
					v, err := read(depth + 1)
					if err != nil {
						return nil, err
					}
					n.Items = append(n.Items, v)
				}
			default:
				return nil, errorf(line, "unexpected %q", t)
			}
			if _, err := dec.Token(); err != nil {
				return nil, jsonErr(err, lc, dec)
			}
		case string:
			n.Kind, n.Str = 's', t
		case json.Number:
			n.Kind, n.Str = 'n', t.String()
		case bool:
			n.Kind, n.Str = 'b', fmt.Sprint(t)
		case nil:
			n.Kind = '0'
		}
		return n, nil
	}
	root, err := read(0)
	if err != nil {
		return nil, err
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, errorf(startLine(), "unexpected data after the JSON document")
	}
	return root, nil
}

func jsonErr(err error, lc *lineCounter, dec *json.Decoder) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return errorf(lc.at(se.Offset), "invalid JSON: %v", se)
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return errorf(lc.at(dec.InputOffset()), "invalid JSON: unexpected end of file")
	}
	return errorf(lc.at(dec.InputOffset()), "invalid JSON: %v", err)
}
