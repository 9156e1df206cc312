package evidence

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/vigil-sec/vigil/internal/access/iampolicy"
	"github.com/vigil-sec/vigil/internal/access/iamrules"
	"github.com/vigil-sec/vigil/internal/access/jsontree"
	"github.com/vigil-sec/vigil/internal/finding"
)

// AuthDetails is what `aws iam get-account-authorization-details` exports: the account's users,
// groups, roles and managed policies with their documents.
type AuthDetails struct {
	Users    []*Principal
	Groups   []*Principal
	Roles    []*Principal
	Policies []*ManagedPolicy
}

// Principal is a user, group or role of the export.
type Principal struct {
	Kind     string // "user", "group" or "role"
	Name     string
	ARN      string
	Path     string
	Line     int    // the line of its name
	JSONPath string // "RoleDetailList[3]"
	Created  time.Time
	Inline   []iamrules.Document
	Attached []string // managed policy ARNs
	Groups   []string // a user's groups
	Boundary string   // permissions boundary ARN
	Trust    *iamrules.Document
	// LastUsed is a role's RoleLastUsed.LastUsedDate; zero when the export says it was never used
	// (within the 400 days AWS tracks).
	LastUsed time.Time
}

// ManagedPolicy is a managed policy of the export with its default version.
type ManagedPolicy struct {
	Name, ARN, Path string
	Line            int
	Attachments     int
	BoundaryUses    int
	Default         *iamrules.Document
}

// Customer reports whether the policy is the account's own rather than AWS-managed.
func (m *ManagedPolicy) Customer() bool { return !strings.Contains(m.ARN, ":iam::aws:policy/") }

// PathError is a problem with one part of an export, named by its JSON path and line; the rest of
// the export is still reviewed.
type PathError struct {
	Path string
	Line int
	Err  error
}

func (e *PathError) Error() string { return fmt.Sprintf("%s (line %d): %v", e.Path, e.Line, e.Err) }

// LooksLikeAuthDetails reports whether a JSON tree is an authorization-details export.
func LooksLikeAuthDetails(n *jsontree.Node) bool {
	return n.Get("RoleDetailList") != nil || n.Get("UserDetailList") != nil
}

type authReader struct {
	file string
	errs []*PathError
}

func (a *authReader) fail(path string, n *jsontree.Node, format string, args ...any) {
	line := 0
	if n != nil {
		line = n.Pos.Line
	}
	a.errs = append(a.errs, &PathError{Path: path, Line: line, Err: fmt.Errorf(format, args...)})
}

// ReadAuthDetails reads an export parsed into a JSON tree. file is its path, for locations.
func ReadAuthDetails(file string, n *jsontree.Node) (*AuthDetails, []*PathError) {
	a := &authReader{file: file}
	d := &AuthDetails{}
	for _, kl := range [][2]string{{"user", "UserDetailList"}, {"group", "GroupDetailList"}, {"role", "RoleDetailList"}} {
		kind, list := kl[0], kl[1]
		for i, it := range items(n.Get(list)) {
			if p := a.principal(kind, fmt.Sprintf("%s[%d]", list, i), it); p != nil {
				switch kind {
				case "user":
					d.Users = append(d.Users, p)
				case "group":
					d.Groups = append(d.Groups, p)
				default:
					d.Roles = append(d.Roles, p)
				}
			}
		}
	}
	for i, it := range items(n.Get("Policies")) {
		if m := a.managed(fmt.Sprintf("Policies[%d]", i), it); m != nil {
			d.Policies = append(d.Policies, m)
		}
	}
	return d, a.errs
}

func items(n *jsontree.Node) []*jsontree.Node {
	if n == nil || n.Kind != jsontree.Array {
		return nil
	}
	return n.Items
}

func text(n *jsontree.Node, key string) string {
	if v := n.Get(key); v != nil && v.Kind == jsontree.String {
		return v.Text
	}
	return ""
}

func (a *authReader) date(path string, n *jsontree.Node, key string) time.Time {
	v := n.Get(key)
	if v == nil || v.Kind == jsontree.Null {
		return time.Time{}
	}
	t, _, err := parseTime(v.Text)
	if err != nil {
		a.fail(path+"."+key, v, "%v", err)
	}
	return t
}

var nameKey = map[string]string{"user": "UserName", "group": "GroupName", "role": "RoleName"}
var inlineKey = map[string]string{"user": "UserPolicyList", "group": "GroupPolicyList", "role": "RolePolicyList"}

func (a *authReader) principal(kind, path string, n *jsontree.Node) *Principal {
	if n.Kind != jsontree.Object {
		a.fail(path, n, "not an object")
		return nil
	}
	p := &Principal{Kind: kind, Name: text(n, nameKey[kind]), ARN: text(n, "Arn"), Path: text(n, "Path"), Line: n.Pos.Line, JSONPath: path}
	if v := n.Get(nameKey[kind]); v != nil {
		p.Line = v.Pos.Line
	}
	if p.Name == "" || p.ARN == "" {
		a.fail(path, n, "%s or Arn missing", nameKey[kind])
		return nil
	}
	// A principal with an unreadable date is skipped, not judged on a guess.
	before := len(a.errs)
	p.Created = a.date(path, n, "CreateDate")
	if kind == "role" {
		if lu := n.Get("RoleLastUsed"); lu != nil {
			p.LastUsed = a.date(path+".RoleLastUsed", lu, "LastUsedDate")
		}
	}
	if len(a.errs) > before {
		return nil
	}
	for i, it := range items(n.Get(inlineKey[kind])) {
		ipath := fmt.Sprintf("%s.%s[%d]", path, inlineKey[kind], i)
		name := text(it, "PolicyName")
		if d := a.document(ipath+".PolicyDocument", it.Get("PolicyDocument"), fmt.Sprintf("inline policy %s of %s %s", name, kind, p.Name)); d != nil {
			p.Inline = append(p.Inline, *d)
		}
	}
	for _, it := range items(n.Get("AttachedManagedPolicies")) {
		if arn := text(it, "PolicyArn"); arn != "" {
			p.Attached = append(p.Attached, arn)
		}
	}
	for _, it := range items(n.Get("GroupList")) {
		if it.Kind == jsontree.String {
			p.Groups = append(p.Groups, it.Text)
		}
	}
	if b := n.Get("PermissionsBoundary"); b != nil {
		p.Boundary = text(b, "PermissionsBoundaryArn")
	}
	if kind == "role" {
		p.Trust = a.document(path+".AssumeRolePolicyDocument", n.Get("AssumeRolePolicyDocument"), "trust policy of role "+p.Name)
	}
	return p
}

func (a *authReader) managed(path string, n *jsontree.Node) *ManagedPolicy {
	m := &ManagedPolicy{Name: text(n, "PolicyName"), ARN: text(n, "Arn"), Path: text(n, "Path"), Line: n.Pos.Line}
	if v := n.Get("PolicyName"); v != nil {
		m.Line = v.Pos.Line
	}
	if m.ARN == "" {
		a.fail(path, n, "Arn missing")
		return nil
	}
	count := func(key string) int {
		v := n.Get(key)
		if v == nil {
			return 0
		}
		c, err := strconv.Atoi(v.Text)
		if err != nil || v.Kind != jsontree.Number {
			a.fail(path+"."+key, v, "not a count: %q", v.Text)
			return 1 // do not call a policy unused on a count we cannot read
		}
		return c
	}
	m.Attachments, m.BoundaryUses = count("AttachmentCount"), count("PermissionsBoundaryUsageCount")
	for i, v := range items(n.Get("PolicyVersionList")) {
		if b := v.Get("IsDefaultVersion"); b != nil && b.Text == "true" {
			m.Default = a.document(fmt.Sprintf("%s.PolicyVersionList[%d].Document", path, i), v.Get("Document"), "managed policy "+m.Name)
		}
	}
	return m
}

// document reads a policy document that the CLI printed as JSON, or that the API returned as a
// URL-encoded string.
func (a *authReader) document(path string, n *jsontree.Node, name string) *iamrules.Document {
	if n == nil || n.Kind == jsontree.Null {
		return nil
	}
	locate := iamrules.FileLocator(a.file)
	pol, embedded, err := iampolicy.FromEmbedded(n)
	if err != nil {
		a.fail(path, n, "%v", err)
		return nil
	}
	if embedded {
		at := n.Pos
		locate = func(iampolicy.Pos) finding.Location { return finding.Location{Path: a.file, StartLine: at.Line} }
	}
	return &iamrules.Document{Policy: pol, Name: name, Locate: locate}
}
