package rbac

import (
	"fmt"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// ClusterAdminBinding is reported when cluster-admin, or a role that grants everything, is bound
// to a subject that is not part of Kubernetes itself.
var ClusterAdminBinding = &rule.Rule{
	ID:       "access/k8s-cluster-admin-binding",
	Area:     finding.Access,
	Severity: finding.Critical,
	Title:    "cluster-admin or a wildcard role is bound to a user, group or service account",
	Description: "A binding gives cluster-admin (or a role whose rules grant every verb on every resource) to a " +
		"user, group or service account of your own. For a ClusterRoleBinding that is full control of the cluster; " +
		"for a workload's service account, anyone who compromises the workload gets it.",
	Remediation: "Bind a role with the permissions the subject needs. Keep cluster-admin to a break-glass group " +
		"managed by your identity provider.",
	References: []string{
		"https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege",
	},
}

// roleIndex finds roles by kind, namespace (for Roles) and name.
type roleIndex map[string]*Role

func indexRoles(objs *Objects) roleIndex {
	idx := roleIndex{}
	for _, r := range objs.Roles {
		k := r.Kind + "/" + r.Name
		if r.Kind == "Role" {
			k = r.Kind + "/" + r.Namespace + "/" + r.Name
		}
		if _, dup := idx[k]; !dup {
			idx[k] = r
		}
	}
	return idx
}

// resolve finds the role a binding refers to, or nil.
func (idx roleIndex) resolve(b *Binding) *Role {
	if b.RoleKind == "Role" {
		return idx[b.RoleKind+"/"+b.Namespace+"/"+b.RoleName]
	}
	return idx[b.RoleKind+"/"+b.RoleName]
}

func checkClusterAdminBinding(idx roleIndex, b *Binding) []finding.Finding {
	role := idx.resolve(b)
	var what string
	var related []finding.Location
	switch {
	case b.RoleKind == "ClusterRole" && b.RoleName == "cluster-admin":
		what = "cluster-admin"
	case role != nil:
		for _, pr := range role.Rules {
			if pr.FullWildcard() {
				what = fmt.Sprintf("%s %s (its rule %d grants every verb on every resource)", role.Kind, role.Name, pr.Index+1)
				related = append(related, finding.Location{Path: role.Path, StartLine: pr.verbLine(), Label: "the wildcard rule"})
				break
			}
		}
	}
	if what == "" {
		return nil
	}
	scope := "across the cluster"
	if b.Kind == "RoleBinding" {
		scope = "in namespace " + orDefault(b.Namespace)
	}
	var out []finding.Finding
	for _, s := range b.Subjects {
		if s.System() {
			continue
		}
		f := ClusterAdminBinding.Finding(at(b.Path, s.Line), b.ID()+"#"+s.Kind+":"+s.Name,
			fmt.Sprintf("%s gives %s %s %s", b.ID(), s, what, scope))
		switch {
		case s.Name == "system:authenticated":
			f.Message += ": that is every authenticated user"
		case s.Everyone():
			f.Message += ": that is anyone who can reach the API server"
		}
		f.Related = append([]finding.Location{{Path: b.Path, StartLine: b.RoleLine, Label: "roleRef"}}, related...)
		if b.Kind == "RoleBinding" {
			f.Severity = finding.High
		}
		out = append(out, f)
	}
	return out
}

func orDefault(ns string) string {
	if ns == "" {
		return "default (none set)"
	}
	return ns
}
