// Package rbac holds the Kubernetes RBAC rules of the access area as pure functions over a small
// model of Roles, ClusterRoles and their bindings, with the line of every value: wildcard and
// cluster-admin grants, secrets readable cluster-wide, pods/exec, escalate, bind, impersonate,
// service-account token creation, and default service accounts with bindings.
package rbac

import (
	"fmt"
	"slices"
	"strings"
)

// Str is a string value and the line it is written on.
type Str struct {
	Value string
	Line  int
}

// PolicyRule is one entry of a role's rules.
type PolicyRule struct {
	Index           int
	Line            int
	APIGroups       []Str
	Resources       []Str
	Verbs           []Str
	ResourceNames   []Str
	NonResourceURLs []Str
}

// Role is a Role or a ClusterRole.
type Role struct {
	Kind      string // "Role" or "ClusterRole"
	Name      string
	Namespace string
	Path      string
	Line      int
	Rules     []PolicyRule
	// Aggregated is set for a ClusterRole with an aggregationRule: its rules are filled in by the
	// control plane from other roles.
	Aggregated bool
}

// Subject is one subject of a binding.
type Subject struct {
	Kind      string // "User", "Group" or "ServiceAccount"
	Name      string
	Namespace string
	Line      int
}

// Binding is a RoleBinding or a ClusterRoleBinding.
type Binding struct {
	Kind      string
	Name      string
	Namespace string
	Path      string
	Line      int
	RoleKind  string
	RoleName  string
	RoleLine  int
	Subjects  []Subject
}

// Objects are the RBAC objects of one file (or of a whole review, merged).
type Objects struct {
	Roles    []*Role
	Bindings []*Binding
}

// ID renders "ClusterRole/ops" or "Role/team-a/reader".
func (r *Role) ID() string {
	if r.Namespace != "" {
		return r.Kind + "/" + r.Namespace + "/" + r.Name
	}
	return r.Kind + "/" + r.Name
}

// ID renders "ClusterRoleBinding/ops" or "RoleBinding/team-a/readers".
func (b *Binding) ID() string {
	if b.Namespace != "" {
		return b.Kind + "/" + b.Namespace + "/" + b.Name
	}
	return b.Kind + "/" + b.Name
}

// String renders a subject: "ServiceAccount team-a/deployer", "Group developers".
func (s Subject) String() string {
	if s.Kind == "ServiceAccount" {
		ns := s.Namespace
		if ns == "" {
			ns = "(binding namespace)"
		}
		return fmt.Sprintf("ServiceAccount %s/%s", ns, s.Name)
	}
	return s.Kind + " " + s.Name
}

// System reports whether a subject is one of Kubernetes' own (system:masters, system:nodes,
// system:kube-controller-manager ...). Service accounts are never "system" here: cluster-admin for
// a workload's account is what the rules look for. Nor are the groups that stand for everyone
// (system:anonymous, system:unauthenticated, system:authenticated).
func (s Subject) System() bool {
	return s.Kind != "ServiceAccount" && strings.HasPrefix(s.Name, "system:") && !s.Everyone()
}

// Everyone reports whether the subject is anonymous or every (authenticated) user.
func (s Subject) Everyone() bool {
	switch s.Name {
	case "system:anonymous", "system:unauthenticated", "system:authenticated":
		return s.Kind != "ServiceAccount"
	}
	return false
}

func values(ss []Str) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = s.Value
	}
	return out
}

func has(ss []Str, v string) bool {
	return slices.ContainsFunc(ss, func(s Str) bool { return s.Value == v })
}

// Grants reports whether the rule allows verb on resource (which may be "pods/exec") in the API
// group, following RBAC's wildcard rules: "*" matches any verb, group or resource (subresources
// included), and "*/exec" any resource's exec subresource. Rules limited to resourceNames count:
// they still grant the verb on those objects.
func (r PolicyRule) Grants(group, resource, verb string) bool {
	if !has(r.Verbs, "*") && !has(r.Verbs, verb) {
		return false
	}
	if !has(r.APIGroups, "*") && !has(r.APIGroups, group) {
		return false
	}
	if has(r.Resources, "*") || has(r.Resources, resource) {
		return true
	}
	if base, sub, ok := strings.Cut(resource, "/"); ok {
		return has(r.Resources, "*/"+sub) || has(r.Resources, base+"/*")
	}
	return false
}

// FullWildcard reports whether the rule allows every verb on every resource of every group.
func (r PolicyRule) FullWildcard() bool {
	return has(r.Verbs, "*") && has(r.Resources, "*") && has(r.APIGroups, "*")
}

// verbLine is the line of the verbs list (or of the rule).
func (r PolicyRule) verbLine() int {
	if len(r.Verbs) > 0 && r.Verbs[0].Line > 0 {
		return r.Verbs[0].Line
	}
	return r.Line
}
