package evidence

import (
	"fmt"
	"strings"

	"github.com/vigil-sec/vigil/internal/access/iampolicy"
	"github.com/vigil-sec/vigil/internal/access/iamrules"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// AdminPrincipal is reported for live users and roles with administrator-equivalent access.
var AdminPrincipal = &rule.Rule{
	ID:       "access/aws-principal-admin-equivalent",
	Area:     finding.Access,
	Severity: finding.High,
	Title:    "AWS user or role with administrator-equivalent access",
	Description: "In the exported account, a user or role has policies (its own, its groups' and the managed ones " +
		"attached) that amount to full control of the account, judged by the same evaluator as policies in code. " +
		"Every such principal is a way to own the account; keep them few and known.",
	Remediation: "Replace the broad policy with the permissions the principal uses (IAM Access Analyzer can generate " +
		"one from CloudTrail), and keep administrator access to a few break-glass roles behind MFA.",
	References: []string{
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege",
	},
}

// identity gathers a principal's policies: inline, attached managed, and for users those of their
// groups; with its permissions boundary.
func (d *AuthDetails) identity(file string, p *Principal) iamrules.Identity {
	managed := map[string]*ManagedPolicy{}
	for _, m := range d.Policies {
		managed[m.ARN] = m
	}
	resolve := func(arn string) (iamrules.Document, bool) {
		if m := managed[arn]; m != nil && m.Default != nil {
			return *m.Default, true
		}
		if pol, ok := iamrules.AWSManaged(arn); ok {
			line := p.Line
			return iamrules.Document{Policy: pol, Name: "AWS-managed " + arn, Locate: func(iampolicy.Pos) finding.Location {
				return finding.Location{Path: file, StartLine: line}
			}}, true
		}
		return iamrules.Document{}, false
	}
	id := iamrules.Identity{Name: p.ARN}
	add := func(q *Principal) {
		id.Documents = append(id.Documents, q.Inline...)
		for _, arn := range q.Attached {
			if doc, ok := resolve(arn); ok {
				id.Documents = append(id.Documents, doc)
			}
		}
	}
	add(p)
	for _, g := range p.Groups {
		for _, q := range d.Groups {
			if q.Name == g {
				add(q)
			}
		}
	}
	if p.Boundary != "" {
		if doc, ok := resolve(p.Boundary); ok {
			id.Boundary = []iamrules.Document{doc}
		}
	}
	return id
}

func checkAdminPrincipal(file string, d *AuthDetails, p *Principal) []finding.Finding {
	if p.Kind == "role" && managedByAWS(p) {
		return nil
	}
	id := d.identity(file, p)
	if len(id.Documents) == 0 {
		return nil
	}
	fs := iamrules.CheckAdminEquivalent(id)
	if len(fs) == 0 {
		return nil
	}
	src := fs[0]
	f := AdminPrincipal.Finding(finding.Location{Path: file, StartLine: p.Line}, p.ARN,
		fmt.Sprintf("%s %s has administrator-equivalent access: %s", p.Kind, p.Name, strings.TrimSuffix(src.Message, ": administrator-equivalent access")))
	rel := src.Location
	rel.Label = "the grant"
	f.Related = []finding.Location{rel}
	f.Confidence = src.Confidence
	return []finding.Finding{f}
}
