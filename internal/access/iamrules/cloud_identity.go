package iamrules

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/vigil-sec/vigil/internal/access/iampolicy"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/resource"
)

// principalKinds maps the IAM principal types of Terraform and CloudFormation to their kind.
var principalKinds = map[string]string{
	"aws_iam_role": "role", "aws_iam_user": "user", "aws_iam_group": "group",
	"AWS::IAM::Role": "role", "AWS::IAM::User": "user", "AWS::IAM::Group": "group",
}

// nameAttrs are the attributes that hold a principal's name, for literal references.
var nameAttrs = map[string]string{
	"aws_iam_role": "name", "aws_iam_user": "name", "aws_iam_group": "name",
	"AWS::IAM::Role": "RoleName", "AWS::IAM::User": "UserName", "AWS::IAM::Group": "GroupName",
}

// principal gathers what applies to one role, user or group.
type principal struct {
	r        *resource.Resource
	docs     []Document
	boundary []Document
	// unknown is set when a permissions boundary cannot be read: the identity is not judged.
	unknown bool
	groups  []*resource.Resource
}

// identities builds every role, user and group with its policies and runs the identity rules.
// Identity policies attached to no principal of the set (a role declared elsewhere, a managed
// policy not yet attached) are judged on their own, as policy files are.
func (c *cloudPass) identities() {
	byRes := map[*resource.Resource]*principal{}
	var order []*principal
	for _, r := range c.set.OfType("aws_iam_role", "aws_iam_user", "aws_iam_group", "AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group") {
		pr := &principal{r: r}
		byRes[r] = pr
		order = append(order, pr)
	}
	attached := map[*resource.Resource]bool{}
	attach := func(targets []*resource.Resource, docs ...Document) {
		for _, t := range targets {
			if pr := byRes[t]; pr != nil {
				pr.docs = append(pr.docs, docs...)
			}
		}
	}

	for _, pr := range order {
		r := pr.r
		// Inline policies written in the principal.
		for i, b := range r.Get("inline_policy").Elements() {
			if d, ok := c.document(r, "inline_policy", i, b.Get("policy"), inlineName(r, b.Get("name"))); ok {
				pr.docs = append(pr.docs, d)
			}
		}
		for i, b := range r.Get("Policies").Elements() {
			if d, ok := c.document(r, "Policies", i, b.Get("PolicyDocument"), inlineName(r, b.Get("PolicyName"))); ok {
				pr.docs = append(pr.docs, d)
			}
		}
		// Managed policies attached in the principal.
		for _, key := range []string{"managed_policy_arns", "ManagedPolicyArns"} {
			for _, arn := range r.Get(key).Elements() {
				pr.docs = append(pr.docs, c.managed(r, arn, attached)...)
			}
		}
		// The permissions boundary.
		for _, key := range []string{"permissions_boundary", "PermissionsBoundary"} {
			if b := r.Get(key); !b.IsNull() {
				docs := c.managed(r, b, attached)
				if len(docs) == 0 {
					pr.unknown = true
				}
				pr.boundary = append(pr.boundary, docs...)
			}
		}
		// A CloudFormation user's groups.
		for _, g := range r.Get("Groups").Elements() {
			pr.groups = append(pr.groups, c.principals(r, g, "group")...)
		}
	}

	// Inline policies written beside the principal.
	for _, m := range []struct{ typ, ref, kind, doc, name string }{
		{"aws_iam_role_policy", "role", "role", "policy", "name"},
		{"aws_iam_user_policy", "user", "user", "policy", "name"},
		{"aws_iam_group_policy", "group", "group", "policy", "name"},
		{"AWS::IAM::RolePolicy", "RoleName", "role", "PolicyDocument", "PolicyName"},
		{"AWS::IAM::UserPolicy", "UserName", "user", "PolicyDocument", "PolicyName"},
		{"AWS::IAM::GroupPolicy", "GroupName", "group", "PolicyDocument", "PolicyName"},
	} {
		for _, r := range c.set.OfType(m.typ) {
			d, ok := c.document(r, m.doc, 0, r.Get(m.doc), r.Label())
			if !ok {
				continue
			}
			targets := c.principals(r, r.Get(m.ref), m.kind)
			attach(targets, d)
			if len(targets) > 0 || r.Get(m.ref).IsUnknown() && len(r.Get(m.ref).Refs) > 0 {
				attached[r] = true
			}
		}
	}
	// CloudFormation policies that name their principals.
	for _, r := range c.set.OfType("AWS::IAM::Policy", "AWS::IAM::ManagedPolicy") {
		d, ok := c.document(r, "PolicyDocument", 0, r.Get("PolicyDocument"), r.Label())
		if !ok {
			continue
		}
		for _, m := range [][2]string{{"Roles", "role"}, {"Users", "user"}, {"Groups", "group"}} {
			for _, v := range r.Get(m[0]).Elements() {
				if targets := c.principals(r, v, m[1]); len(targets) > 0 {
					attach(targets, d)
					attached[r] = true
				}
			}
		}
	}
	// Terraform attachments.
	for _, m := range []struct {
		typ  string
		refs [][2]string
	}{
		{"aws_iam_role_policy_attachment", [][2]string{{"role", "role"}}},
		{"aws_iam_user_policy_attachment", [][2]string{{"user", "user"}}},
		{"aws_iam_group_policy_attachment", [][2]string{{"group", "group"}}},
		{"aws_iam_policy_attachment", [][2]string{{"roles", "role"}, {"users", "user"}, {"groups", "group"}}},
	} {
		for _, r := range c.set.OfType(m.typ) {
			docs := c.managed(r, r.Get("policy_arn"), attached)
			for _, ref := range m.refs {
				for _, v := range r.Get(ref[0]).Elements() {
					attach(c.principals(r, v, ref[1]), docs...)
				}
			}
		}
	}
	// Group memberships.
	member := func(user, group []*resource.Resource) {
		for _, u := range user {
			if pr := byRes[u]; pr != nil {
				pr.groups = append(pr.groups, group...)
			}
		}
	}
	for _, r := range c.set.OfType("aws_iam_user_group_membership") {
		var groups []*resource.Resource
		for _, g := range r.Get("groups").Elements() {
			groups = append(groups, c.principals(r, g, "group")...)
		}
		member(c.principals(r, r.Get("user"), "user"), groups)
	}
	for _, r := range c.set.OfType("aws_iam_group_membership", "AWS::IAM::UserToGroupAddition") {
		group := c.principals(r, firstOf(r.Get("group"), r.Get("GroupName")), "group")
		for _, u := range append(r.Get("users").Elements(), r.Get("Users").Elements()...) {
			member(c.principals(r, u, "user"), group)
		}
	}

	// Groups first: a user reports only what its groups' findings do not already say (a chain
	// that joins its own policy to a group's, a grant its groups' boundaries do not limit).
	notGroup := func(p *principal) int {
		if principalKinds[p.r.Type] == "group" {
			return 0
		}
		return 1
	}
	slices.SortStableFunc(order, func(a, b *principal) int { return cmp.Compare(notGroup(a), notGroup(b)) })
	said := map[*resource.Resource]map[string]bool{}
	for _, pr := range order {
		if pr.unknown {
			continue
		}
		id := Identity{Name: pr.r.Address, Documents: pr.docs, Boundary: pr.boundary}
		for _, g := range pr.groups {
			if gp := byRes[g]; gp != nil {
				id.Documents = append(id.Documents, gp.docs...)
			}
		}
		if len(id.Documents) == 0 {
			continue
		}
		said[pr.r] = map[string]bool{}
		for _, f := range CheckIdentity(id) {
			k := sameProblem(f, id.Name)
			said[pr.r][k] = true
			if slices.ContainsFunc(pr.groups, func(g *resource.Resource) bool { return said[g][k] }) {
				continue
			}
			// One managed policy attached to thirty roles is one thing to fix: the findings share
			// the statement as their root cause and group into one with thirty places.
			f.RootCause = strings.TrimPrefix(k, f.RuleID+"|")
			c.report([]finding.Finding{f})
		}
	}
	// Policies attached to nothing the set declares.
	for _, m := range []struct{ typ, doc string }{
		{"aws_iam_policy", "policy"}, {"AWS::IAM::ManagedPolicy", "PolicyDocument"}, {"AWS::IAM::Policy", "PolicyDocument"},
		{"aws_iam_role_policy", "policy"}, {"aws_iam_user_policy", "policy"}, {"aws_iam_group_policy", "policy"},
		{"AWS::IAM::RolePolicy", "PolicyDocument"}, {"AWS::IAM::UserPolicy", "PolicyDocument"}, {"AWS::IAM::GroupPolicy", "PolicyDocument"},
	} {
		for _, r := range c.set.OfType(m.typ) {
			if attached[r] {
				continue
			}
			if d, ok := c.document(r, m.doc, 0, r.Get(m.doc), r.Label()); ok {
				c.report(CheckIdentity(Identity{Name: r.Address, Documents: []Document{d}}))
			}
		}
	}
}

// sameProblem keys a finding by rule, place and what its subject says beyond the identity's name.
func sameProblem(f finding.Finding, name string) string {
	return fmt.Sprintf("%s|%s|%d|%s", f.RuleID, f.Location.Path, f.Location.StartLine, strings.TrimPrefix(f.Subject, name))
}

// inlineName names an inline policy for messages: `inline policy "deploy" of aws_iam_role.ci`.
func inlineName(r *resource.Resource, name *resource.Value) string {
	if s, ok := name.AsString(); ok && s != "" {
		return fmt.Sprintf("inline policy %q of %s", s, r.Label())
	}
	return "an inline policy of " + r.Label()
}

func firstOf(vs ...*resource.Value) *resource.Value {
	for _, v := range vs {
		if v != nil {
			return v
		}
	}
	return nil
}

// principals resolves a reference to roles, users or groups of the set: by reference
// (aws_iam_role.ci.name, !Ref CiRole), or by a literal name or ARN.
func (c *cloudPass) principals(from *resource.Resource, v *resource.Value, kind string) []*resource.Resource {
	if v == nil {
		return nil
	}
	var out []*resource.Resource
	for _, t := range c.set.Targets(from, v) {
		if principalKinds[t.Type] == kind {
			out = append(out, t)
		}
	}
	if len(out) > 0 || len(v.Refs) > 0 {
		return out
	}
	name, ok := v.AsString()
	if !ok || name == "" {
		return nil
	}
	if strings.HasPrefix(name, "arn:") {
		name = name[strings.LastIndex(name, "/")+1:]
	}
	for typ, k := range principalKinds {
		if k != kind {
			continue
		}
		for _, t := range c.set.OfType(typ) {
			if t.Root != from.Root {
				continue
			}
			if s, ok := t.Get(nameAttrs[typ]).AsString(); ok && s == name {
				out = append(out, t)
			}
		}
	}
	sortByPlace(out)
	return out
}

// managed resolves a managed policy ARN to its document: a policy of the set it refers to (by
// reference, or by a literal ARN whose name is that of a policy of the set), or an AWS-managed
// policy whose content is known, also when its partition is interpolated
// ("arn:${AWS::Partition}:iam::aws:policy/AdministratorAccess"). Policies found are marked attached.
func (c *cloudPass) managed(from *resource.Resource, arn *resource.Value, attached map[*resource.Resource]bool) []Document {
	if arn == nil {
		return nil
	}
	var out []Document
	add := func(t *resource.Resource) {
		key := map[string]string{"aws_iam_policy": "policy", "AWS::IAM::ManagedPolicy": "PolicyDocument"}[t.Type]
		if key == "" {
			return
		}
		attached[t] = true
		if d, ok := c.document(t, key, 0, t.Get(key), t.Label()); ok {
			out = append(out, d)
		}
	}
	var dataArn *resource.Value
	for _, t := range c.set.Targets(from, arn) {
		if t.Data && t.Type == "aws_iam_policy" {
			dataArn = firstOf(t.Get("arn"), t.Get("name"))
			continue
		}
		add(t)
	}
	s, known := arn.AsString()
	switch {
	case dataArn != nil:
		s, known = dataArn.AsString()
		if known && !strings.HasPrefix(s, "arn:") {
			s = "arn:aws:iam::aws:policy/" + s
		}
	case !known && arn.IsUnknown() && len(out) == 0:
		s, known = c.unknownArnText(arn), true
	case known && len(arn.Refs) == 0 && strings.HasPrefix(s, "arn:") && strings.Contains(s, ":policy/"):
		name := s[strings.LastIndex(s, "/")+1:]
		for _, typ := range []string{"aws_iam_policy", "AWS::IAM::ManagedPolicy"} {
			for _, t := range c.set.OfType(typ) {
				if t.Root != from.Root {
					continue
				}
				if n, ok := firstOf(t.Get("name"), t.Get("ManagedPolicyName")).AsString(); ok && n == name {
					add(t)
				}
			}
		}
	}
	if m := awsManagedARN.FindStringSubmatch(s); known && m != nil {
		if pol, ok := AWSManaged("arn:aws:iam::aws:policy/" + m[1]); ok {
			at := from.At(arn)
			out = append(out, Document{Policy: pol, Name: "AWS-managed " + m[1], Locate: func(iampolicy.Pos) finding.Location { return at }})
		}
	}
	return out
}

// awsManagedARN matches the ARN of an AWS-managed policy in any partition, or with the partition
// interpolated.
var awsManagedARN = regexp.MustCompile(`^arn:(?:\$\{[^}]*\}|[^:]*):iam::aws:policy/([A-Za-z0-9+=,.@_-]+)$`)

// unknownArnText is the text of an ARN known only after apply: its Terraform expression, or the
// CloudFormation !Sub template as written on its line.
func (c *cloudPass) unknownArnText(v *resource.Value) string {
	if tmpl, ok := c.sourceExpr(v).(*hclsyntax.TemplateExpr); ok {
		var b strings.Builder
		for _, p := range tmpl.Parts {
			if lit, ok := p.(*hclsyntax.LiteralValueExpr); ok && lit.Val.Type() == cty.String && lit.Val.IsKnown() {
				b.WriteString(lit.Val.AsString())
			} else {
				b.WriteString("${}")
			}
		}
		return b.String()
	}
	if v.Expr != "!Sub" {
		return strings.Trim(v.Expr, `"`)
	}
	lines := c.fileLines(v.Range.Path)
	if v.Range.StartLine < 1 || v.Range.StartLine > len(lines) {
		return ""
	}
	line := string(lines[v.Range.StartLine-1])
	if i := strings.Index(line, "arn:"); i >= 0 {
		return strings.TrimRight(strings.Fields(line[i:])[0], `"'`)
	}
	return ""
}

// sortByPlace orders resources by file and line.
func sortByPlace(rs []*resource.Resource) {
	slices.SortStableFunc(rs, func(a, b *resource.Resource) int {
		return cmp.Or(strings.Compare(a.Range.Path, b.Range.Path), cmp.Compare(a.Range.StartLine, b.Range.StartLine))
	})
}
