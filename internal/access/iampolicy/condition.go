package iampolicy

import (
	"strings"

	"github.com/vigil-sec/vigil/internal/access/jsontree"
)

// Condition is one key test of a statement's Condition element:
// "Condition": {"StringLike": {"token.actions.githubusercontent.com:sub": "repo:org/app:*"}}.
type Condition struct {
	// Operator is as written ("ForAnyValue:StringLikeIfExists"); Base is the operator without set
	// qualifier and IfExists ("StringLike"); Set is "ForAnyValue", "ForAllValues" or "".
	Operator string
	Base     string
	Set      string
	IfExists bool
	Key      string
	Values   []Value
	Pos      Pos
}

func parseConditions(n *jsontree.Node, index int) ([]Condition, error) {
	if n.Kind != jsontree.Object {
		return nil, perr(n, "statement %d: Condition must be an object", index+1)
	}
	var out []Condition
	for i, op := range n.Keys {
		block := n.Values[i]
		if block.Kind != jsontree.Object {
			return nil, perr(block, "statement %d: condition operator %s must map keys to values", index+1, op.Name)
		}
		base, set := op.Name, ""
		if q, rest, ok := strings.Cut(base, ":"); ok {
			set, base = q, rest
		}
		ifExists := strings.HasSuffix(base, "IfExists")
		base = strings.TrimSuffix(base, "IfExists")
		for j, k := range block.Keys {
			v := block.Values[j]
			var vals []Value
			switch v.Kind {
			case jsontree.Array:
				for _, it := range v.Items {
					vals = append(vals, Value{Text: it.Text, Pos: it.Pos, Unresolved: it.Kind == jsontree.Unresolved || it.Kind == jsontree.Object})
				}
			default:
				vals = []Value{{Text: v.Text, Pos: v.Pos, Unresolved: v.Kind == jsontree.Unresolved || v.Kind == jsontree.Object}}
			}
			out = append(out, Condition{Operator: op.Name, Base: base, Set: set, IfExists: ifExists, Key: k.Name, Values: vals, Pos: k.Pos})
		}
	}
	return out, nil
}

// KeyIs compares the condition key with name; keys are case-insensitive.
func (c Condition) KeyIs(name string) bool { return strings.EqualFold(c.Key, name) }

// Negated reports whether the operator tests for a mismatch (StringNotEquals, ArnNotLike,
// NotIpAddress ...).
func (c Condition) Negated() bool {
	return strings.Contains(c.Base, "Not") || c.Base == "Null" && len(c.Values) == 1 && strings.EqualFold(c.Values[0].Text, "true")
}

// Matching reports whether the operator compares strings, ARNs or addresses for equality or a
// pattern (the operators that can pin a value down), as opposed to Null, Bool, dates and numbers.
func (c Condition) Matching() bool {
	switch c.Base {
	case "StringEquals", "StringLike", "StringEqualsIgnoreCase", "ArnEquals", "ArnLike", "IpAddress",
		"StringNotEquals", "StringNotLike", "StringNotEqualsIgnoreCase", "ArnNotEquals", "ArnNotLike", "NotIpAddress":
		return true
	}
	return false
}

// HasWildcardValue reports whether some value matches anything: "*", only wildcards for the Like
// operators, or 0.0.0.0/0 (::/0) for the address operators.
func (c Condition) HasWildcardValue() bool {
	for _, v := range c.Values {
		if v.Unresolved {
			continue
		}
		if strings.Trim(v.Text, "*?") == "" && strings.Contains(c.Base, "Like") {
			return true
		}
		if v.Text == "*" || (strings.Contains(c.Base, "IpAddress") && (v.Text == "0.0.0.0/0" || v.Text == "::/0")) {
			return true
		}
	}
	return false
}

// Find returns the conditions on a key (case-insensitive).
func Find(conds []Condition, key string) []Condition {
	var out []Condition
	for _, c := range conds {
		if c.KeyIs(key) {
			out = append(out, c)
		}
	}
	return out
}
