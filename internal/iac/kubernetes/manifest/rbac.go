package manifest

// PolicyRule is one rule of a Role or ClusterRole.
type PolicyRule struct {
	APIGroups       []string
	Resources       []string
	ResourceNames   []string
	Verbs           []string
	NonResourceURLs []string
	// Line is where the rule starts; VerbsLine and ResourcesLine point at those keys.
	Line, VerbsLine, ResourcesLine int
}

// PolicyRules returns the rules of a Role or ClusterRole (nil for other kinds). An aggregated
// ClusterRole's rules are filled by the cluster and are not known here; see AggregationRule.
func (o *Object) PolicyRules() []PolicyRule {
	if o.Kind != "Role" && o.Kind != "ClusterRole" {
		return nil
	}
	var out []PolicyRule
	for _, r := range o.Root.Get("rules").Items() {
		out = append(out, PolicyRule{
			APIGroups:       r.Get("apiGroups").Strings(),
			Resources:       r.Get("resources").Strings(),
			ResourceNames:   r.Get("resourceNames").Strings(),
			Verbs:           r.Get("verbs").Strings(),
			NonResourceURLs: r.Get("nonResourceURLs").Strings(),
			Line:            firstLine(r),
			VerbsLine:       r.Key("verbs").Line(),
			ResourcesLine:   r.Key("resources").Line(),
		})
	}
	return out
}

// AggregationRule returns a ClusterRole's aggregationRule (absent for other objects).
func (o *Object) AggregationRule() Value {
	if o.Kind != "ClusterRole" {
		return Value{}
	}
	return o.Root.Get("aggregationRule")
}

// Subject is one subject of a RoleBinding or ClusterRoleBinding.
type Subject struct {
	Kind      string // User, Group or ServiceAccount
	Name      string
	Namespace string
	Line      int
}

// RoleRef is the role a binding grants.
type RoleRef struct {
	Kind string // Role or ClusterRole
	Name string
	Line int
}

// Binding returns the role reference and subjects of a RoleBinding or ClusterRoleBinding; ok is
// false for other kinds.
func (o *Object) Binding() (ref RoleRef, subjects []Subject, ok bool) {
	if o.Kind != "RoleBinding" && o.Kind != "ClusterRoleBinding" {
		return RoleRef{}, nil, false
	}
	r := o.Root.Get("roleRef")
	ref = RoleRef{Kind: r.Get("kind").Str(), Name: r.Get("name").Str(), Line: r.Line()}
	for _, s := range o.Root.Get("subjects").Items() {
		subjects = append(subjects, Subject{
			Kind: s.Get("kind").Str(), Name: s.Get("name").Str(), Namespace: s.Get("namespace").Str(), Line: firstLine(s),
		})
	}
	return ref, subjects, true
}

// AutomountToken returns a ServiceAccount's or pod spec's automountServiceAccountToken setting:
// set reports whether it is written, value what it says.
func AutomountToken(v Value) (value, set bool) {
	a := v.Get("automountServiceAccountToken")
	if !a.Exists() {
		return false, false
	}
	return a.Bool(), true
}
