// Package iamrules holds the AWS IAM rules of the access area as pure functions over policy
// documents: admin-equivalent grants, wildcards on sensitive services, privilege-escalation paths,
// resource policies open to everyone and trust policies that let anyone, any account or any CI
// repository assume a role. Any source that can produce an iampolicy.Policy and say where its
// positions are (a raw JSON file, a Terraform resource, a CloudFormation template, an account's
// authorization details) feeds the same rules.
package iamrules

import (
	"fmt"
	"strings"

	"github.com/vigil-sec/vigil/internal/access/iampolicy"
	"github.com/vigil-sec/vigil/internal/finding"
)

// Locator turns a position in a policy into a location in the reviewed tree.
type Locator func(iampolicy.Pos) finding.Location

// FileLocator locates positions in a policy read directly from a file (line for line).
func FileLocator(path string) Locator {
	return func(p iampolicy.Pos) finding.Location {
		return finding.Location{Path: path, StartLine: p.Line, StartColumn: p.Col}
	}
}

// Document is one policy and where it came from.
type Document struct {
	Policy *iampolicy.Policy
	// Name identifies the document in messages ("policies/ci.json", "aws_iam_policy.ci",
	// "policy ReadOnlyDeploy").
	Name   string
	Locate Locator
}

// Identity is a principal (user, group, role, or a standalone policy) and the identity policies
// that apply to it.
type Identity struct {
	// Name is the identity's stable name; it is the subject of its findings ("aws_iam_role.ci",
	// "arn:aws:iam::123456789012:role/ci", or a policy file's path).
	Name      string
	Documents []Document
	Boundary  []Document
}

// Set is the identity's policies as one evaluable set.
func (id Identity) Set() iampolicy.Set {
	s := iampolicy.Set{}
	for _, d := range id.Documents {
		s.Policies = append(s.Policies, d.Policy)
	}
	for _, d := range id.Boundary {
		s.Boundary = append(s.Boundary, d.Policy)
	}
	return s
}

// document finds the document a policy belongs to.
func (id Identity) document(p *iampolicy.Policy) Document {
	for _, d := range id.Documents {
		if d.Policy == p {
			return d
		}
	}
	return Document{Policy: p, Locate: func(iampolicy.Pos) finding.Location { return finding.Location{} }}
}

// Kind is what a policy document is for.
type Kind int

// Kinds of policy.
const (
	IdentityPolicy Kind = iota
	ResourcePolicy
	TrustPolicy
)

// Classify tells an identity policy (no principals), a trust policy (principals, and only role
// assumption actions) and another resource policy apart.
func Classify(p *iampolicy.Policy) Kind {
	principals, assumeOnly := false, true
	for _, st := range p.Statements {
		if st.Principal == nil {
			continue
		}
		principals = true
		if st.NotAction {
			assumeOnly = false
		}
		for _, a := range st.Actions {
			if !isAssumeAction(a.Text) {
				assumeOnly = false
			}
		}
	}
	switch {
	case !principals:
		return IdentityPolicy
	case assumeOnly:
		return TrustPolicy
	}
	return ResourcePolicy
}

func isAssumeAction(a string) bool {
	l := strings.ToLower(a)
	return strings.HasPrefix(l, "sts:assumerole") || l == "sts:tagsession" || l == "sts:setsourceidentity" || l == "sts:setcontext"
}

// actionLocation is where a statement grants an action: the first action value that matches it,
// or the NotAction element.
func actionLocation(d Document, st *iampolicy.Statement, action string) finding.Location {
	pos := st.ActionPos
	if !st.NotAction {
		for _, v := range st.Actions {
			if !v.Unresolved && iampolicy.MatchAction(v.Text, action) {
				pos = v.Pos
				break
			}
		}
	}
	if pos.Line == 0 {
		pos = st.Pos
	}
	return d.Locate(pos)
}

// where describes a statement within its document for messages: `statement "Admin" of policies/a.json`.
func where(d Document, st *iampolicy.Statement) string {
	if d.Name == "" {
		return st.Describe()
	}
	return fmt.Sprintf("%s of %s", st.Describe(), d.Name)
}

// resourcesOf describes what resources an allowance covers.
func resourcesOf(a iampolicy.Allowance) string {
	switch {
	case a.AllResources:
		return "on all resources"
	case a.Statement.NotResource:
		return "on all resources except " + strings.Join(iampolicy.Texts(a.Statement.Resources), ", ")
	case a.PartlyDenied:
		return "on " + strings.Join(iampolicy.Texts(a.Statement.Resources), ", ") + " (partly denied)"
	}
	return "on " + strings.Join(iampolicy.Texts(a.Statement.Resources), ", ")
}

// conditional adjusts a finding whose grant holds only under conditions.
func conditional(f *finding.Finding, st *iampolicy.Statement, cond bool) {
	if !cond {
		return
	}
	f.Confidence = finding.ConfidenceMedium
	if len(st.Conditions) > 0 {
		f.Message += fmt.Sprintf(" (only under the conditions of %s: %s)", st.Describe(), conditionKeys(st.Conditions))
	} else {
		f.Message += " (a deny with conditions may take it away)"
	}
}

func conditionKeys(cs []iampolicy.Condition) string {
	var keys []string
	for _, c := range cs {
		keys = append(keys, c.Operator+" "+c.Key)
	}
	return strings.Join(keys, ", ")
}
