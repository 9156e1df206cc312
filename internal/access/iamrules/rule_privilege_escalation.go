package iamrules

import (
	"fmt"
	"strings"

	"github.com/vigil-sec/vigil/internal/access/iampolicy"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// PrivilegeEscalation is reported for every known escalation path an identity's policies allow.
var PrivilegeEscalation = &rule.Rule{
	ID:       "access/iam-privilege-escalation",
	Area:     finding.Access,
	Severity: finding.High,
	Title:    "IAM permissions allow privilege escalation",
	Description: "The policies allow a known chain of actions that turns limited access into more (often full " +
		"administrator) access: passing a privileged role to a new compute resource (iam:PassRole with " +
		"ec2:RunInstances, lambda:CreateFunction, glue, CloudFormation, Data Pipeline, SageMaker, CodeBuild, ECS), " +
		"rewriting policies (iam:CreatePolicyVersion, iam:Put*Policy, iam:Attach*Policy), taking over other users " +
		"(iam:CreateAccessKey, iam:CreateLoginProfile) or roles (iam:UpdateAssumeRolePolicy). The finding lists each " +
		"step and where it is granted. iam:PassRole counts when it is granted on a wildcard of roles; a grant that names " +
		"each role passes only those.",
	Remediation: "Remove one step of the chain, or scope it: iam:PassRole to the named roles the workload must pass (no " +
		"wildcards) or with an iam:PassedToService condition for another service, IAM write actions to named resources " +
		"or to nobody but an administrators role.",
	References: []string{
		"https://rhinosecuritylabs.com/aws/aws-privilege-escalation-methods-mitigation/",
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html",
	},
}

// CheckPrivilegeEscalation reports each path of Paths that an identity's policies allow.
func CheckPrivilegeEscalation(id Identity) []finding.Finding {
	s := id.Set()
	var out []finding.Finding
	for _, path := range Paths {
		if f, ok := checkPath(id, s, path); ok {
			out = append(out, f)
		}
	}
	return out
}

type step struct {
	action string
	grant  iampolicy.Allowance
}

func checkPath(id Identity, s iampolicy.Set, path Path) (finding.Finding, bool) {
	var steps []step
	for _, alts := range path.Steps {
		found := false
		for _, a := range alts {
			g := s.Grant(a)
			if a == "iam:PassRole" && len(path.PassTo) > 0 {
				g = passableTo(g, path.PassTo)
			}
			best, ok := g.Best()
			if !ok || (path.OthersOnly && selfOnly(g)) {
				continue
			}
			steps = append(steps, step{action: a, grant: best})
			found = true
			break
		}
		if !found {
			return finding.Finding{}, false
		}
	}
	var chain []string
	var related []finding.Location
	cond := false
	for _, st := range steps {
		d := id.document(st.grant.Policy)
		chain = append(chain, fmt.Sprintf("%s (%s, %s)", st.action, where(d, st.grant.Statement), resourcesOf(st.grant)))
		loc := actionLocation(d, st.grant.Statement, st.action)
		loc.Label = fmt.Sprintf("%s is granted here", st.action)
		related = append(related, loc)
		cond = cond || st.grant.Conditional
	}
	msg := fmt.Sprintf("privilege escalation (%s): %s lets the holder %s", path.ID, strings.Join(chain, " + "), path.How)
	f := PrivilegeEscalation.Finding(related[0], id.Name+"#"+path.ID, msg)
	f.Location.Label = ""
	f.Related = related
	f.Properties = map[string]string{"path": path.ID}
	if cond {
		f.Confidence = finding.ConfidenceMedium
		f.Message += " (some steps hold only under conditions)"
	}
	return f, true
}

// selfOnly reports whether every allowance is limited to the caller's own user.
func selfOnly(g iampolicy.Grant) bool {
	for _, a := range g.Allowances {
		if a.Statement.NotResource || len(a.Statement.Resources) == 0 {
			return false
		}
		for _, r := range a.Statement.Resources {
			if !strings.Contains(r.Text, "${aws:username}") {
				return false
			}
		}
	}
	return true
}

// passableTo keeps the iam:PassRole allowances that can serve a path: those on a wildcard of roles
// (a grant that names each role exactly passes only those, whose own permissions are a review of
// their own) whose iam:PassedToService condition, if any, admits one of the services.
func passableTo(g iampolicy.Grant, services []string) iampolicy.Grant {
	var kept []iampolicy.Allowance
	for _, a := range g.Allowances {
		if wildcardResources(a.Statement) && admitsService(a.Statement.Conditions, services) {
			kept = append(kept, a)
		}
	}
	g.Allowances = kept
	return g
}

func admitsService(conds []iampolicy.Condition, services []string) bool {
	for _, c := range iampolicy.Find(conds, "iam:PassedToService") {
		if !c.Matching() || c.IfExists {
			continue
		}
		match := false
		for _, v := range c.Values {
			for _, svc := range services {
				if v.Unresolved || (strings.Contains(c.Base, "Like") && iampolicy.MatchAction(v.Text, svc)) || strings.EqualFold(v.Text, svc) {
					match = true
				}
			}
		}
		if match == c.Negated() {
			return false
		}
	}
	return true
}

// wildcardResources reports whether a statement's resources include a pattern (or NotResource,
// or an unresolved reference that may be one).
func wildcardResources(st *iampolicy.Statement) bool {
	if st.NotResource {
		return true
	}
	for _, r := range st.Resources {
		if r.Unresolved || strings.ContainsAny(r.Text, "*?") || strings.Contains(r.Text, "${") {
			return true
		}
	}
	return false
}
