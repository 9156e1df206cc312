package resource

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
)

// Range is a place in a reviewed file: a slash-separated path relative to the reviewed root and
// 1-based lines (and the start column when known).
type Range struct {
	Path      string `json:"path"`
	StartLine int    `json:"startLine"`
	EndLine   int    `json:"endLine,omitempty"`
	Column    int    `json:"column,omitempty"`
}

// Location turns the range into a finding location.
func (r Range) Location() finding.Location {
	return finding.Location{Path: r.Path, StartLine: r.StartLine, EndLine: r.EndLine, StartColumn: r.Column}
}

// Kind is the kind of a Value.
type Kind uint8

// Value kinds. An attribute that is absent from the configuration is a nil *Value, not a Null one:
// Null means the configuration set it to null explicitly.
const (
	Null Kind = iota
	// Unknown is a value that cannot be known before apply (a computed id, a variable without a
	// value, a function of either). Rules never decide pass or fail from it.
	Unknown
	String
	Number
	Bool
	List
	// Object is a map, an object or a block.
	Object
)

var kindNames = [...]string{"null", "unknown", "string", "number", "bool", "list", "object"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// Value is a node of an attribute tree. Every value keeps the range it was written at (for a value
// computed from variables or locals: the expression that used them) and the addresses of the
// resources it was computed from.
//
// Nested Terraform blocks are lists of objects with Block set, whether written once or many times
// ("ingress" is a List of Objects), the same shape as in a plan's JSON. CloudFormation properties
// are objects and lists as written.
type Value struct {
	Kind Kind
	// Str holds a String's text and a Number's decimal text.
	Str  string
	Num  float64
	Bool bool
	// Items are a List's elements.
	Items []*Value
	// Keys are an Object's keys in source order; Fields holds the values.
	Keys   []string
	Fields map[string]*Value
	// Block marks an Object that is a nested block (Terraform) rather than a map.
	Block bool
	Range Range
	// Refs are the addresses (Resource.Address, in the same Root) of the resources the value was
	// computed from: `bucket = aws_s3_bucket.logs.id` refers to "aws_s3_bucket.logs", `!Ref Logs`
	// to "Logs". Sorted, without duplicates.
	Refs []string
	// Expr is the source text of an unknown value's expression, when it is short ("var.cidr").
	Expr string
}

// NewString makes a known string value.
func NewString(s string, r Range) *Value { return &Value{Kind: String, Str: s, Range: r} }

// NewBool makes a known bool value.
func NewBool(b bool, r Range) *Value { return &Value{Kind: Bool, Bool: b, Range: r} }

// NewNumber makes a known number value.
func NewNumber(f float64, r Range) *Value {
	return &Value{Kind: Number, Num: f, Str: strconv.FormatFloat(f, 'f', -1, 64), Range: r}
}

// NewUnknown makes an unknown value; expr is the expression text, when short.
func NewUnknown(r Range, expr string) *Value { return &Value{Kind: Unknown, Range: r, Expr: expr} }

// NewObject makes an empty object.
func NewObject(r Range) *Value { return &Value{Kind: Object, Fields: map[string]*Value{}, Range: r} }

// NewList makes a list.
func NewList(r Range, items ...*Value) *Value { return &Value{Kind: List, Items: items, Range: r} }

// Set adds or replaces an object field, keeping the key order.
func (v *Value) Set(key string, x *Value) {
	if v.Fields == nil {
		v.Fields = map[string]*Value{}
	}
	if _, ok := v.Fields[key]; !ok {
		v.Keys = append(v.Keys, key)
	}
	v.Fields[key] = x
}

// AddRefs records resource addresses the value was computed from, on it and on every value below it.
func (v *Value) AddRefs(refs ...string) {
	if v == nil || len(refs) == 0 {
		return
	}
	v.Refs = mergeRefs(v.Refs, refs)
	for _, it := range v.Items {
		it.AddRefs(refs...)
	}
	for _, k := range v.Keys {
		v.Fields[k].AddRefs(refs...)
	}
}

func mergeRefs(a, b []string) []string {
	out := append(slices.Clone(a), b...)
	slices.Sort(out)
	return slices.Compact(out)
}

// IsUnknown reports whether the value is unknown. A nil (absent) value is not unknown.
func (v *Value) IsUnknown() bool { return v != nil && v.Kind == Unknown }

// IsNull reports whether the value is absent or null.
func (v *Value) IsNull() bool { return v == nil || v.Kind == Null }

// Get walks a path of object keys and list indexes. Through a list of exactly one element (a
// block written once) a key goes into that element. Through an unknown value it returns an unknown
// value (the attribute may well exist); through an absent one, nil.
func (v *Value) Get(path ...string) *Value {
	cur := v
	for _, key := range path {
		if cur == nil {
			return nil
		}
		switch cur.Kind {
		case Unknown:
			return NewUnknown(cur.Range, cur.Expr)
		case Object:
			cur = cur.Fields[key]
		case List:
			if i, err := strconv.Atoi(key); err == nil {
				if i < 0 || i >= len(cur.Items) {
					return nil
				}
				cur = cur.Items[i]
				continue
			}
			if len(cur.Items) != 1 {
				return nil
			}
			cur = cur.Items[0]
			if cur.Kind == Unknown {
				return NewUnknown(cur.Range, cur.Expr)
			}
			if cur.Kind != Object {
				return nil
			}
			cur = cur.Fields[key]
		default:
			return nil
		}
	}
	return cur
}

// All walks a path like Get but fans out through every element of the lists on the way, so
// All("ingress", "cidr_blocks") gives the cidr_blocks of every ingress block. Unknown values on
// the way are returned as they are.
func (v *Value) All(path ...string) []*Value {
	if v == nil {
		return nil
	}
	if len(path) == 0 {
		return []*Value{v}
	}
	switch v.Kind {
	case Unknown:
		return []*Value{v}
	case Object:
		return v.Fields[path[0]].All(path[1:]...)
	case List:
		if i, err := strconv.Atoi(path[0]); err == nil {
			if i >= 0 && i < len(v.Items) {
				return v.Items[i].All(path[1:]...)
			}
			return nil
		}
		var out []*Value
		for _, it := range v.Items {
			out = append(out, it.All(path...)...)
		}
		return out
	}
	return nil
}

// Elements returns a list's items, a single value as a one-item slice, and nothing for null.
func (v *Value) Elements() []*Value {
	switch {
	case v.IsNull():
		return nil
	case v.Kind == List:
		return v.Items
	}
	return []*Value{v}
}

// AsString returns a known string (numbers and bools as their text).
func (v *Value) AsString() (string, bool) {
	if v == nil {
		return "", false
	}
	switch v.Kind {
	case String, Number:
		return v.Str, true
	case Bool:
		return strconv.FormatBool(v.Bool), true
	}
	return "", false
}

// AsBool returns a known bool; the strings "true" and "false" (any case) count, as CloudFormation
// and provider coercion accept them.
func (v *Value) AsBool() (val, ok bool) {
	if v == nil {
		return false, false
	}
	switch v.Kind {
	case Bool:
		return v.Bool, true
	case String:
		switch strings.ToLower(strings.TrimSpace(v.Str)) {
		case "true":
			return true, true
		case "false":
			return false, true
		}
	}
	return false, false
}

// AsNumber returns a known number; numeric strings count.
func (v *Value) AsNumber() (float64, bool) {
	if v == nil {
		return 0, false
	}
	switch v.Kind {
	case Number:
		return v.Num, true
	case String:
		f, err := strconv.ParseFloat(strings.TrimSpace(v.Str), 64)
		return f, err == nil
	}
	return 0, false
}

// Strings returns the known strings of a list (or of a single string). ok is false when the value
// or any element is unknown or not a string; null gives no strings and ok.
func (v *Value) Strings() (out []string, ok bool) {
	for _, it := range v.Elements() {
		s, known := it.AsString()
		if !known {
			return out, false
		}
		out = append(out, s)
	}
	return out, !v.IsUnknown()
}

// FullyKnown reports whether the value and everything below it is known.
func (v *Value) FullyKnown() bool {
	if v == nil {
		return true
	}
	if v.Kind == Unknown {
		return false
	}
	for _, it := range v.Items {
		if !it.FullyKnown() {
			return false
		}
	}
	for _, k := range v.Keys {
		if !v.Fields[k].FullyKnown() {
			return false
		}
	}
	return true
}

// Text renders a short human form for messages and evidence: strings as they are, containers
// abbreviated, unknown values as their expression or "(known after apply)".
func (v *Value) Text() string {
	if v == nil {
		return "(not set)"
	}
	switch v.Kind {
	case Null:
		return "null"
	case Unknown:
		if v.Expr != "" {
			return v.Expr
		}
		return "(known after apply)"
	case String, Number:
		return v.Str
	case Bool:
		return strconv.FormatBool(v.Bool)
	case List:
		parts := make([]string, 0, len(v.Items))
		for _, it := range v.Items[:min(len(v.Items), 4)] {
			parts = append(parts, it.Text())
		}
		if len(v.Items) > 4 {
			parts = append(parts, "...")
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	return "{...}"
}

// Decoded returns the value as a tree when it is a JSON document held in a string (a policy written
// with jsonencode() or a heredoc, a CloudFormation policy as a string): every node gets the
// string's range and refs. An object or list is returned as it is: a CloudFormation policy, or a
// Terraform jsonencode() whose result is unknown, which the Terraform reader keeps as the tree of
// its argument (known parts known, the rest unknown). Anything else gives nil.
func (v *Value) Decoded() *Value {
	if v == nil {
		return nil
	}
	switch v.Kind {
	case Object, List:
		return v
	case String:
		s := strings.TrimSpace(v.Str)
		if s == "" || (s[0] != '{' && s[0] != '[') {
			return nil
		}
		var x any
		if err := json.Unmarshal([]byte(s), &x); err != nil {
			return nil
		}
		out := FromJSON(x, v.Range)
		out.AddRefs(v.Refs...)
		return out
	}
	return nil
}

// FromJSON converts a value decoded by encoding/json (with maps as map[string]any) into a tree
// whose nodes all carry r. Object keys are sorted, as JSON objects have no order.
func FromJSON(x any, r Range) *Value {
	switch t := x.(type) {
	case nil:
		return &Value{Kind: Null, Range: r}
	case string:
		return NewString(t, r)
	case bool:
		return NewBool(t, r)
	case float64:
		return NewNumber(t, r)
	case json.Number:
		f, _ := t.Float64()
		return &Value{Kind: Number, Num: f, Str: t.String(), Range: r}
	case []any:
		l := NewList(r)
		for _, it := range t {
			l.Items = append(l.Items, FromJSON(it, r))
		}
		return l
	case map[string]any:
		o := NewObject(r)
		keys := make([]string, 0, len(t))
		for k := range t {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			o.Set(k, FromJSON(t[k], r))
		}
		return o
	}
	return NewUnknown(r, "")
}
