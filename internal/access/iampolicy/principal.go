package iampolicy

import (
	"regexp"
	"strings"

	"github.com/vigil-sec/vigil/internal/access/jsontree"
)

// Principal is a statement's Principal (or NotPrincipal) element.
type Principal struct {
	Pos Pos
	// Wildcard is true for `"Principal": "*"`.
	Wildcard bool
	Entries  []PrincipalEntry
}

// PrincipalEntry is one principal of a type: AWS, Service, Federated or CanonicalUser.
type PrincipalEntry struct {
	Type  string
	Value Value
}

func parsePrincipal(n *jsontree.Node, index int) (*Principal, error) {
	p := &Principal{Pos: n.Pos}
	switch n.Kind {
	case jsontree.String:
		if n.Text != "*" {
			return nil, perr(n, "statement %d: a Principal string must be \"*\"; name principals in an object such as {\"AWS\": ...}", index+1)
		}
		p.Wildcard = true
	case jsontree.Object:
		for i, k := range n.Keys {
			vals, err := stringList(n.Values[i], "Principal", index)
			if err != nil {
				return nil, err
			}
			for _, v := range vals {
				p.Entries = append(p.Entries, PrincipalEntry{Type: k.Name, Value: v})
			}
		}
	case jsontree.Unresolved:
		p.Entries = append(p.Entries, PrincipalEntry{Type: "AWS", Value: Value{Text: "{" + n.Text + "}", Pos: n.Pos, Unresolved: true}})
	default:
		return nil, perr(n, "statement %d: Principal must be \"*\" or an object", index+1)
	}
	return p, nil
}

// Everyone reports whether the principal is anyone at all: "*" or {"AWS": "*"}.
func (p *Principal) Everyone() bool {
	if p == nil {
		return false
	}
	if p.Wildcard {
		return true
	}
	for _, e := range p.Entries {
		if e.Type == "AWS" && e.Value.Text == "*" && !e.Value.Unresolved {
			return true
		}
	}
	return false
}

// EveryoneAt returns where the principal says "anyone": the wildcard entry, or the element.
func (p *Principal) EveryoneAt() Pos {
	for _, e := range p.Entries {
		if e.Type == "AWS" && e.Value.Text == "*" {
			return e.Value.Pos
		}
	}
	return p.Pos
}

// Of lists the entries of one type ("AWS", "Service", "Federated", "CanonicalUser").
func (p *Principal) Of(typ string) []PrincipalEntry {
	if p == nil {
		return nil
	}
	var out []PrincipalEntry
	for _, e := range p.Entries {
		if e.Type == typ {
			out = append(out, e)
		}
	}
	return out
}

var (
	accountID  = regexp.MustCompile(`^\d{12}$`)
	accountARN = regexp.MustCompile(`^arn:aws[a-z-]*:(?:iam|sts)::(\d{12}):`)
)

// AccountOf returns the AWS account an AWS principal value names ("123456789012",
// "arn:aws:iam::123456789012:root", a role or user ARN), or "".
func AccountOf(value string) string {
	if accountID.MatchString(value) {
		return value
	}
	if m := accountARN.FindStringSubmatch(value); m != nil {
		return m[1]
	}
	return ""
}

// IsAccountRoot reports whether an AWS principal value names a whole account (every principal in
// it that its own policies allow), rather than one role or user.
func IsAccountRoot(value string) bool {
	return accountID.MatchString(value) || (accountARN.MatchString(value) && strings.HasSuffix(value, ":root"))
}
