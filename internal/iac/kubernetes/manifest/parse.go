package manifest

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/vigil-sec/vigil/internal/iac/yamlvalue"
)

// ParseError is a problem with one document of a file; the other documents are still returned.
type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

// Parse reads a multi-document YAML (or JSON) manifest. Documents without apiVersion and kind, and
// kinds nobody reviews (custom resources), are returned as objects too: rules pick the kinds they
// know. List objects are unpacked into their items. The error lists the documents that could not be
// read; the objects of the others come back with it.
func Parse(path string, data []byte) ([]*Object, error) {
	return ParseWithLimits(path, data, yamlvalue.DefaultLimits)
}

// ParseWithLimits is Parse with explicit limits.
func ParseWithLimits(path string, data []byte, lim yamlvalue.Limits) ([]*Object, error) {
	var objs []*Object
	var errs []error
	for _, d := range splitDocuments(data) {
		if len(bytes.TrimSpace(d.text)) == 0 {
			continue
		}
		if len(d.text) > lim.MaxDocumentBytes {
			errs = append(errs, &ParseError{Line: d.line, Msg: fmt.Sprintf("document of %d bytes is larger than the %d byte limit", len(d.text), lim.MaxDocumentBytes)})
			continue
		}
		var doc yaml.Node
		if err := yaml.Unmarshal(d.text, &doc); err != nil {
			ye := yamlvalue.FromYAMLError(err)
			errs = append(errs, &ParseError{Line: d.line + ye.Line - 1, Msg: ye.Msg})
			continue
		}
		if len(doc.Content) == 0 {
			continue
		}
		shift(&doc, d.line-1)
		if err := yamlvalue.CheckSize(&doc, lim); err != nil {
			errs = append(errs, &ParseError{Line: d.line, Msg: err.Error()})
			continue
		}
		root := Value{N: doc.Content[0]}
		if !root.IsMap() {
			continue
		}
		objs = appendObject(objs, path, root, 0)
	}
	for i, o := range objs {
		o.Index = i
	}
	return objs, errors.Join(errs...)
}

func appendObject(objs []*Object, path string, root Value, depth int) []*Object {
	kind := root.Get("kind").Str()
	if (kind == "List" || strings.HasSuffix(kind, "List")) && root.Get("items").IsList() && depth < 4 {
		for _, it := range root.Get("items").Items() {
			if it.IsMap() {
				objs = appendObject(objs, path, it, depth+1)
			}
		}
		return objs
	}
	if kind == "" || root.Get("apiVersion").Str() == "" {
		return objs
	}
	md := root.Get("metadata")
	return append(objs, &Object{
		File:       path,
		APIVersion: root.Get("apiVersion").Str(),
		Kind:       kind,
		Name:       md.Get("name").Str(),
		Namespace:  md.Get("namespace").Str(),
		Line:       firstLine(root),
		Source:     FromManifest,
		Root:       root,
	})
}

func firstLine(v Value) int { return v.FirstLine() }

type document struct {
	text []byte
	line int // line of the document's first byte in the file
}

// splitDocuments cuts a stream at "---" lines. A line starting with "---" at column one is always a
// document marker in YAML, so this agrees with a YAML parser while letting each document be limited
// and parsed on its own.
func splitDocuments(data []byte) []document {
	var docs []document
	start, startLine, line := 0, 1, 1
	for i := 0; i <= len(data); {
		end := bytes.IndexByte(data[i:], '\n')
		next := len(data) + 1
		lineEnd := len(data)
		if end >= 0 {
			lineEnd = i + end
			next = lineEnd + 1
		}
		l := data[i:lineEnd]
		if bytes.HasPrefix(l, []byte("---")) && (len(l) == 3 || l[3] == ' ' || l[3] == '\t' || l[3] == '\r') {
			docs = append(docs, document{text: data[start:i], line: startLine})
			// Content after the marker on the same line ("--- !tag" or "--- {}") stays with the document.
			start, startLine = i+3, line
		} else if bytes.Equal(bytes.TrimRight(l, " \r\t"), []byte("...")) {
			docs = append(docs, document{text: data[start:i], line: startLine})
			start, startLine = next, line+1
		}
		i = next
		line++
	}
	if start < len(data) {
		docs = append(docs, document{text: data[start:], line: startLine})
	}
	return docs
}

// shift moves every line number of a document parsed on its own to its place in the file.
func shift(doc *yaml.Node, by int) {
	if by == 0 {
		return
	}
	seen := map[*yaml.Node]bool{}
	var walk func(n *yaml.Node)
	walk = func(n *yaml.Node) {
		if n == nil || seen[n] {
			return
		}
		seen[n] = true
		n.Line += by
		for _, c := range n.Content {
			walk(c)
		}
	}
	walk(doc)
}

// Errors returns the per-document problems of an error from Parse.
func Errors(err error) []*ParseError {
	var out []*ParseError
	var pe *ParseError
	if errors.As(err, &pe) && pe != nil {
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range j.Unwrap() {
				if errors.As(e, &pe) {
					out = append(out, pe)
				}
			}
			return out
		}
		return []*ParseError{pe}
	}
	return nil
}

// ErrorLine is the line of the first problem of an error from Parse.
func ErrorLine(err error) int {
	if es := Errors(err); len(es) > 0 {
		return es[0].Line
	}
	return 0
}

// ErrorText is the message of an error from Parse without its line prefixes.
func ErrorText(err error) string {
	es := Errors(err)
	if len(es) == 0 {
		return err.Error()
	}
	msgs := make([]string, len(es))
	for i, e := range es {
		msgs[i] = e.Msg
		if i > 0 {
			msgs[i] = fmt.Sprintf("line %d: %s", e.Line, e.Msg)
		}
	}
	return strings.Join(msgs, "; ")
}
