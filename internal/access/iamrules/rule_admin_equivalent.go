package iamrules

import (
	"fmt"
	"strings"

	"github.com/vigil-sec/vigil/internal/access/iampolicy"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// AdminEquivalent is reported when an identity's policies give full control of the account.
var AdminEquivalent = &rule.Rule{
	ID:       "access/iam-admin-equivalent",
	Area:     finding.Access,
	Severity: finding.Critical,
	Title:    "IAM policy grants administrator-equivalent access",
	Description: "The policies let the holder create users and roles, attach any policy to them and pass any role: " +
		"full control of the account. This is what \"Action\": \"*\" on \"Resource\": \"*\", \"iam:*\", or an Allow " +
		"with NotAction that does not exclude IAM amount to. A leaked credential or a compromised workload with this " +
		"access owns the account.",
	Remediation: "Grant the actions the workload needs on the resources it uses (IAM Access Analyzer can generate a " +
		"policy from CloudTrail activity). Keep administrator access to a few human roles behind MFA and SSO.",
	References: []string{
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege",
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html",
	},
}

// adminProbe is the set of IAM actions that together mean full control: whoever may do all of them
// on every resource can make any principal an administrator.
var adminProbe = []string{
	"iam:CreateUser", "iam:CreateRole", "iam:CreateAccessKey", "iam:AttachUserPolicy", "iam:AttachRolePolicy",
	"iam:AttachGroupPolicy", "iam:PutUserPolicy", "iam:PutRolePolicy", "iam:PutGroupPolicy",
	"iam:CreatePolicyVersion", "iam:UpdateAssumeRolePolicy", "iam:PassRole",
}

// CheckAdminEquivalent reports an identity whose policies allow every probe action on every
// resource (of IAM, at least: "arn:aws:iam::123456789012:*" is as good as "*"). The finding points at the statement that grants them.
func CheckAdminEquivalent(id Identity) []finding.Finding {
	s := id.Set()
	var key iampolicy.Allowance
	cond := false
	for i, a := range adminProbe {
		g := s.Grant(a)
		if !g.OnServiceResources() {
			return nil
		}
		best, _ := g.Best()
		if i == 0 {
			key = best
		}
		cond = cond || best.Conditional
	}
	d := id.document(key.Policy)
	st := key.Statement
	var how string
	switch {
	case st.NotAction:
		how = fmt.Sprintf("allows every action except %s on %s, which leaves IAM permissions management allowed", joinValues(st.Actions), resourceWord(st))
	case everyAction(st):
		how = "allows every action (\"*\") on " + resourceWord(st)
	default:
		how = "allows " + joinValues(st.Actions) + " on " + resourceWord(st) + ": the holder can create users and roles and attach any policy"
	}
	f := AdminEquivalent.Finding(actionLocation(d, st, "iam:AttachUserPolicy"), id.Name,
		fmt.Sprintf("%s %s: administrator-equivalent access", where(d, st), how))
	conditional(&f, st, cond)
	return []finding.Finding{f}
}

// everyAction reports whether an Action element lists "*" (or "*:*").
func everyAction(st *iampolicy.Statement) bool {
	for _, v := range st.Actions {
		if !st.NotAction && !v.Unresolved && strings.Trim(v.Text, "*:") == "" {
			return true
		}
	}
	return false
}

func joinValues(vs []iampolicy.Value) string { return strings.Join(iampolicy.Texts(vs), ", ") }

// resourceWord renders a statement's resources for the admin message.
func resourceWord(st *iampolicy.Statement) string {
	if st.AllResources() {
		return "all resources"
	}
	return joinValues(st.Resources)
}
