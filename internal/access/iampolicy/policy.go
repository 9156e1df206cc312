// Package iampolicy reads AWS IAM policy documents (identity, resource and trust policies) into a
// model that keeps the position of every value, and evaluates them: which actions on which
// resources a set of policies allows, unconditionally or only under conditions, after explicit
// denies. The action catalog (every known action of every service, with its access level) comes
// from the AWS Service Authorization Reference; see actions.go.
package iampolicy

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/vigil-sec/vigil/internal/access/jsontree"
)

// Effect is a statement's Allow or Deny.
type Effect string

// Effects.
const (
	Allow Effect = "Allow"
	Deny  Effect = "Deny"
)

// Value is one string of a policy element (an action, a resource, a principal, a condition value)
// with its position. Unresolved values (a CloudFormation !Sub, a Terraform reference) keep a
// description in Text and never match as a wildcard.
type Value struct {
	Text       string
	Pos        Pos
	Unresolved bool
}

// Policy is one policy document.
type Policy struct {
	Version    string
	ID         string
	Pos        Pos
	Statements []*Statement
}

// Statement is one statement of a policy.
type Statement struct {
	// Index is the statement's place in the policy, from 0.
	Index  int
	Sid    string
	Effect Effect
	// Pos is where the statement starts; EffectPos where its Effect is written.
	Pos       Pos
	EffectPos Pos
	// Exactly one of Action and NotAction is set (NotAction true means Actions lists the exclusions);
	// likewise for resources. A statement without either resource element (as in trust policies)
	// applies to every resource.
	Actions      []Value
	NotAction    bool
	ActionPos    Pos
	Resources    []Value
	NotResource  bool
	ResourcePos  Pos
	Principal    *Principal
	NotPrincipal bool
	Conditions   []Condition
}

// ParseError is a document that is valid JSON (or YAML) but not a valid policy.
type ParseError struct {
	Pos Pos
	Msg string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Pos.Line, e.Msg) }

// Parse reads a JSON policy document.
func Parse(data []byte) (*Policy, error) {
	n, err := jsontree.FromJSON(data)
	if err != nil {
		return nil, err
	}
	return FromNode(n)
}

// LooksLikePolicy reports whether a node has the shape of a policy document: an object with a
// Statement member (and, for raw files, usually a Version).
func LooksLikePolicy(n *jsontree.Node) bool {
	if n == nil || n.Kind != jsontree.Object {
		return false
	}
	st := n.Get("Statement")
	return st != nil && (st.Kind == jsontree.Array || st.Kind == jsontree.Object)
}

// FromNode reads a policy document from a Node tree.
func FromNode(n *jsontree.Node) (*Policy, error) {
	if n == nil || n.Kind != jsontree.Object {
		return nil, perr(n, "a policy document must be a JSON object")
	}
	p := &Policy{Pos: n.Pos}
	for i, k := range n.Keys {
		v := n.Values[i]
		switch k.Name {
		case "Version":
			p.Version = v.Text
		case "Id":
			p.ID = v.Text
		case "Statement":
			var items []*jsontree.Node
			switch v.Kind {
			case jsontree.Array:
				items = v.Items
			case jsontree.Object:
				items = []*jsontree.Node{v}
			default:
				return nil, perr(v, "Statement must be an object or a list of objects")
			}
			for _, it := range items {
				s, err := parseStatement(it, len(p.Statements))
				if err != nil {
					return nil, err
				}
				p.Statements = append(p.Statements, s)
			}
		}
	}
	if n.Get("Statement") == nil {
		return nil, perr(n, "policy has no Statement")
	}
	return p, nil
}

func perr(n *jsontree.Node, format string, args ...any) error {
	var pos Pos
	if n != nil {
		pos = n.Pos
	}
	return &ParseError{Pos: pos, Msg: fmt.Sprintf(format, args...)}
}

func parseStatement(n *jsontree.Node, index int) (*Statement, error) {
	if n.Kind != jsontree.Object {
		return nil, perr(n, "statement %d is not an object", index+1)
	}
	s := &Statement{Index: index, Pos: n.Pos}
	var haveAction, haveResource bool
	for i, k := range n.Keys {
		v := n.Values[i]
		var err error
		switch k.Name {
		case "Sid":
			s.Sid = v.Text
		case "Effect":
			switch v.Text {
			case "Allow":
				s.Effect = Allow
			case "Deny":
				s.Effect = Deny
			default:
				if v.Kind == jsontree.Unresolved {
					return nil, perr(v, "statement %d: Effect is not a literal value", index+1)
				}
				return nil, perr(v, "statement %d: Effect must be \"Allow\" or \"Deny\", not %q", index+1, v.Text)
			}
			s.EffectPos = v.Pos
		case "Action", "NotAction":
			if haveAction {
				return nil, perr(v, "statement %d has both Action and NotAction", index+1)
			}
			haveAction, s.NotAction, s.ActionPos = true, k.Name == "NotAction", k.Pos
			s.Actions, err = stringList(v, k.Name, index)
		case "Resource", "NotResource":
			if haveResource {
				return nil, perr(v, "statement %d has both Resource and NotResource", index+1)
			}
			haveResource, s.NotResource, s.ResourcePos = true, k.Name == "NotResource", k.Pos
			s.Resources, err = stringList(v, k.Name, index)
		case "Principal", "NotPrincipal":
			if s.Principal != nil {
				return nil, perr(v, "statement %d has both Principal and NotPrincipal", index+1)
			}
			s.NotPrincipal = k.Name == "NotPrincipal"
			s.Principal, err = parsePrincipal(v, index)
		case "Condition":
			s.Conditions, err = parseConditions(v, index)
		}
		if err != nil {
			return nil, err
		}
	}
	if s.Effect == "" {
		return nil, perr(n, "statement %d has no Effect", index+1)
	}
	if !haveAction {
		return nil, perr(n, "statement %d has no Action or NotAction", index+1)
	}
	if !haveResource {
		s.Resources = []Value{{Text: "*", Pos: n.Pos}}
		s.ResourcePos = n.Pos
	}
	return s, nil
}

// stringList reads an element that is a string or a list of strings.
func stringList(n *jsontree.Node, element string, index int) ([]Value, error) {
	one := func(v *jsontree.Node) (Value, error) {
		switch v.Kind {
		case jsontree.String:
			return Value{Text: v.Text, Pos: v.Pos}, nil
		case jsontree.Unresolved, jsontree.Object:
			text := v.Text
			if v.Kind == jsontree.Object && len(v.Keys) > 0 {
				text = v.Keys[0].Name
			}
			return Value{Text: "{" + text + "}", Pos: v.Pos, Unresolved: true}, nil
		}
		return Value{}, perr(v, "statement %d: %s must hold strings", index+1, element)
	}
	if n.Kind == jsontree.Array {
		out := make([]Value, 0, len(n.Items))
		for _, it := range n.Items {
			v, err := one(it)
			if err != nil {
				return nil, err
			}
			out = append(out, v)
		}
		return out, nil
	}
	v, err := one(n)
	if err != nil {
		return nil, err
	}
	return []Value{v}, nil
}

// Texts lists the text of each value.
func Texts(vs []Value) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = v.Text
	}
	return out
}

// Describe renders a statement's identity for messages: its Sid or its number.
func (s *Statement) Describe() string {
	if s.Sid != "" {
		return fmt.Sprintf("statement %q", s.Sid)
	}
	return fmt.Sprintf("statement %d", s.Index+1)
}

// ActionsText renders the action element for messages ("Action: iam:PassRole, ec2:*").
func (s *Statement) ActionsText() string {
	el := "Action"
	if s.NotAction {
		el = "NotAction"
	}
	return el + " " + strings.Join(Texts(s.Actions), ", ")
}

// ResourcesText renders the resource element for messages.
func (s *Statement) ResourcesText() string {
	el := "Resource"
	if s.NotResource {
		el = "NotResource"
	}
	return el + " " + strings.Join(Texts(s.Resources), ", ")
}

// FromEmbedded reads a policy document that may be embedded the ways AWS APIs return them: a JSON
// object, a string holding the JSON (s3api get-bucket-policy, SQS and SNS attributes), or a string
// holding URL-encoded JSON (IAM's GetPolicyVersion, GetRole). embedded is true for the string forms,
// whose positions are relative to the string's content, not to the file.
func FromEmbedded(n *jsontree.Node) (p *Policy, embedded bool, err error) {
	if n == nil || n.Kind != jsontree.String {
		p, err = FromNode(n)
		return p, false, err
	}
	raw := strings.TrimSpace(n.Text)
	if strings.HasPrefix(raw, "%7B") || strings.HasPrefix(raw, "%7b") {
		dec, err := url.QueryUnescape(raw)
		if err != nil {
			return nil, true, &ParseError{Pos: n.Pos, Msg: "URL-encoded policy: " + err.Error()}
		}
		raw = dec
	}
	inner, err := jsontree.FromJSON([]byte(raw))
	if err != nil {
		return nil, true, &ParseError{Pos: n.Pos, Msg: "embedded policy: " + err.Error()}
	}
	p, err = FromNode(inner)
	return p, true, err
}
