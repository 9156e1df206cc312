package iamrules

import (
	"fmt"
	"strings"

	"github.com/vigil-sec/vigil/internal/access/iampolicy"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// TrustOIDC is reported when a web-identity trust lets any repository, project or workload assume
// a role.
var TrustOIDC = &rule.Rule{
	ID:       "access/trust-policy-oidc-unrestricted",
	Area:     finding.Access,
	Severity: finding.Critical,
	Title:    "OIDC trust does not pin the repository or workload",
	Description: "The role trusts an OpenID Connect provider of a CI service or cluster (GitHub Actions, GitLab, " +
		"Terraform Cloud, CircleCI, Bitbucket, EKS) without a condition on the token's subject (`sub`), or with a " +
		"subject pattern that leaves the owner or repository open. With GitHub's provider and no `sub` condition, " +
		"a workflow in any repository on GitHub can assume the role.",
	Remediation: "Add a StringEquals (or StringLike) condition on `<provider>:sub` that names the organization, the " +
		"repository and, ideally, the branch or environment: \"repo:my-org/my-repo:environment:production\".",
	References: []string{
		"https://docs.github.com/en/actions/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services",
		"https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html#idp_oidc_Create_GitHub",
	},
}

// oidcProvider describes how one CI provider spells its subject claim.
type oidcProvider struct {
	name string
	// host finds the provider in a Federated principal or a condition key.
	host func(string) bool
	// prefix starts a subject that names an owner, then a project ("repo:" -> "repo:org/app:...").
	prefix string
	// ownerOnly providers issue tokens per owner already (CircleCI's provider URL holds the org):
	// a missing subject opens the role to every project of that owner, not to the world.
	ownerOnly bool
}

var oidcProviders = []oidcProvider{
	{name: "GitHub Actions", prefix: "repo:", host: func(h string) bool { return strings.Contains(h, "token.actions.githubusercontent.com") }},
	{name: "GitLab", prefix: "project_path:", host: func(h string) bool { return strings.Contains(h, "gitlab") }},
	{name: "Terraform Cloud", prefix: "organization:", host: func(h string) bool { return strings.Contains(h, "app.terraform.io") }},
	{name: "CircleCI", ownerOnly: true, host: func(h string) bool { return strings.Contains(h, "oidc.circleci.com") }},
	{name: "Bitbucket Pipelines", ownerOnly: true, host: func(h string) bool { return strings.Contains(h, "api.bitbucket.org") }},
	{name: "EKS", ownerOnly: true, prefix: "system:serviceaccount:", host: func(h string) bool { return strings.Contains(h, "oidc.eks.") }},
}

// CheckTrustOIDC reports web-identity trust statements whose subject condition is missing or
// open-ended. role names the role for the subject.
func CheckTrustOIDC(d Document, role string) []finding.Finding {
	var out []finding.Finding
	for _, st := range trustStatements(d.Policy) {
		for _, e := range st.Principal.Of("Federated") {
			prov, ok := providerOf(e.Value.Text, st.Conditions)
			if !ok {
				continue
			}
			if f, bad := judgeSubject(d, st, e, prov, role); bad {
				out = append(out, f)
			}
		}
	}
	return out
}

func providerOf(federated string, conds []iampolicy.Condition) (oidcProvider, bool) {
	for _, p := range oidcProviders {
		if p.host(federated) {
			return p, true
		}
	}
	// An unresolved provider reference: the condition keys still name the issuer.
	for _, p := range oidcProviders {
		for _, c := range conds {
			if p.host(c.Key) {
				return p, true
			}
		}
	}
	return oidcProvider{}, false
}

func judgeSubject(d Document, st *iampolicy.Statement, e iampolicy.PrincipalEntry, prov oidcProvider, role string) (finding.Finding, bool) {
	subject := role + "#" + strings.ToLower(prov.name) + "#" + statementKey(st)
	var subs []iampolicy.Condition
	for _, c := range st.Conditions {
		if strings.HasSuffix(strings.ToLower(c.Key), ":sub") && prov.host(c.Key) && c.Matching() && !c.Negated() && !c.IfExists {
			subs = append(subs, c)
		}
	}
	if len(subs) == 0 {
		f := TrustOIDC.Finding(d.Locate(e.Value.Pos), subject,
			fmt.Sprintf("%s trusts %s tokens with no condition on the subject (sub): %s", where(d, st), prov.name, openTo(prov)))
		if prov.ownerOnly {
			f.Severity = finding.High
		}
		return f, true
	}
	for _, c := range subs {
		for _, v := range c.Values {
			if v.Unresolved {
				continue
			}
			problem, sev := judgeSubjectValue(v.Text, prov, c)
			if problem == "" {
				continue
			}
			f := TrustOIDC.Finding(d.Locate(v.Pos), subject,
				fmt.Sprintf("%s trusts %s tokens whose subject matches %q: %s", where(d, st), prov.name, v.Text, problem))
			f.Severity = sev
			return f, true
		}
	}
	return finding.Finding{}, false
}

func openTo(p oidcProvider) string {
	switch {
	case p.name == "EKS":
		return "every service account of the cluster can assume the role"
	case p.ownerOnly:
		return "every project of the organization can assume the role"
	}
	return "a pipeline of any " + map[bool]string{true: "repository", false: "project"}[p.prefix == "repo:"] + " of any owner can assume the role"
}

// judgeSubjectValue explains what is wrong with one subject pattern, or returns "".
func judgeSubjectValue(v string, p oidcProvider, c iampolicy.Condition) (string, finding.Severity) {
	like := strings.Contains(c.Base, "Like")
	wild := func(s string) bool { return like && strings.ContainsAny(s, "*?") }
	if like && strings.Trim(v, "*?") == "" {
		return openTo(p), TrustOIDC.Severity
	}
	if p.prefix == "" || !strings.HasPrefix(v, p.prefix) {
		return "", 0
	}
	rest := strings.TrimPrefix(v, p.prefix)
	if p.name == "EKS" {
		ns, _, _ := strings.Cut(rest, ":")
		if wild(ns) {
			return "any namespace's service accounts can assume the role", finding.High
		}
		return "", 0
	}
	path, _, _ := strings.Cut(rest, ":")
	owner, project, hasProject := strings.Cut(path, "/")
	switch {
	case wild(owner) || owner == "":
		return openTo(p), TrustOIDC.Severity
	case !hasProject && p.prefix != "organization:":
		return "the subject names no repository", finding.High
	case wild(project):
		return fmt.Sprintf("any repository or project of %s matching %q can assume the role", owner, project), finding.High
	}
	return "", 0
}
