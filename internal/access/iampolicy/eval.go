package iampolicy

import "strings"

// Set is the identity policies that apply to one principal (its inline and attached policies and
// those of its groups), evaluated together as IAM does: an explicit deny wins, then an allow, and
// anything not allowed is denied. Boundary, when set, is a permissions boundary: an action must be
// allowed by it as well.
type Set struct {
	Policies []*Policy
	Boundary []*Policy
}

// NewSet makes a set of policies without a boundary.
func NewSet(policies ...*Policy) Set { return Set{Policies: policies} }

// Allowance is one statement that allows an action.
type Allowance struct {
	Policy    *Policy
	Statement *Statement
	// Conditional is set when the statement has conditions, or when a deny with conditions may
	// take the action away: the action is allowed only in some requests.
	Conditional bool
	// PartlyDenied is set when an unconditional deny removes some of the statement's resources.
	PartlyDenied bool
	// AllResources is set when the statement applies to every resource ("Resource": "*") and no
	// deny removes any of them.
	AllResources bool
}

// Grant is what a set allows for one action.
type Grant struct {
	Action     string
	Allowances []Allowance
	// Denials are the deny statements that match the action, with or without conditions.
	Denials []*Statement
}

// Allowed reports whether some statement allows the action on some resource.
func (g Grant) Allowed() bool { return len(g.Allowances) > 0 }

// Unconditional reports whether some statement allows the action without conditions.
func (g Grant) Unconditional() bool {
	for _, a := range g.Allowances {
		if !a.Conditional {
			return true
		}
	}
	return false
}

// OnAllResources reports whether some statement allows the action on every resource.
func (g Grant) OnAllResources() bool {
	for _, a := range g.Allowances {
		if a.AllResources {
			return true
		}
	}
	return false
}

// OnServiceResources reports whether some statement allows the action on every resource of its
// service (see Statement.CoversService) and no deny takes any of them away.
func (g Grant) OnServiceResources() bool {
	svc := ServiceOf(g.Action)
	for _, a := range g.Allowances {
		if a.AllResources || (!a.PartlyDenied && a.Statement.CoversService(svc)) {
			return true
		}
	}
	return false
}

// Best returns the allowance that grants the most: unconditional on all resources first, then
// unconditional, then the first. ok is false when nothing allows the action.
func (g Grant) Best() (Allowance, bool) {
	if len(g.Allowances) == 0 {
		return Allowance{}, false
	}
	best := g.Allowances[0]
	rank := func(a Allowance) int {
		r := 0
		if !a.Conditional {
			r += 2
		}
		if a.AllResources {
			r++
		}
		return r
	}
	for _, a := range g.Allowances[1:] {
		if rank(a) > rank(best) {
			best = a
		}
	}
	return best, true
}

// AppliesToAction reports whether a statement's action element covers an action.
func (s *Statement) AppliesToAction(action string) bool {
	for _, v := range s.Actions {
		if !v.Unresolved && MatchAction(v.Text, action) {
			return !s.NotAction
		}
	}
	return s.NotAction
}

// AppliesToResource reports whether a statement's resource element covers a resource ARN.
func (s *Statement) AppliesToResource(arn string) bool {
	for _, v := range s.Resources {
		if !v.Unresolved && MatchResource(v.Text, arn) {
			return !s.NotResource
		}
	}
	return s.NotResource
}

// AllResources reports whether the statement applies to every resource: a Resource of "*" (a
// NotResource always leaves something out).
func (s *Statement) AllResources() bool {
	if s.NotResource {
		return false
	}
	for _, v := range s.Resources {
		if !v.Unresolved && CoversAll(v.Text) {
			return true
		}
	}
	return false
}

// CoversService reports whether the statement applies to every resource of one service: "*", or
// an ARN pattern whose service is the service (or "*") and whose resource part is "*", whatever
// the region and account ("arn:aws:s3:::*", "arn:aws:iam::123456789012:*").
func (s *Statement) CoversService(service string) bool {
	if s.AllResources() {
		return true
	}
	if s.NotResource {
		return false
	}
	for _, v := range s.Resources {
		if v.Unresolved {
			continue
		}
		parts := strings.SplitN(v.Text, ":", 6)
		if len(parts) == 6 && parts[0] == "arn" && (parts[2] == "*" || strings.EqualFold(parts[2], service)) &&
			strings.Trim(parts[5], "*") == "" {
			return true
		}
	}
	return false
}

// covers reports whether the deny statement d applies to every resource the allow statement a
// names. Patterns are compared by matching d's patterns against a's as literal text, which is exact
// for "*" and prefix patterns and errs on the side of "not covered" otherwise.
func covers(d, a *Statement) bool {
	if d.AllResources() {
		return true
	}
	if a.NotResource {
		return false
	}
	for _, r := range a.Resources {
		if r.Unresolved {
			if !d.NotResource {
				return false
			}
			continue
		}
		if !d.AppliesToResource(r.Text) {
			return false
		}
	}
	return len(a.Resources) > 0
}

// touches reports whether the deny statement d applies to some resource the allow statement a names.
func touches(d, a *Statement) bool {
	if d.AllResources() || a.AllResources() {
		return true
	}
	for _, r := range a.Resources {
		if !r.Unresolved && d.AppliesToResource(r.Text) {
			return true
		}
		if !r.Unresolved && !a.NotResource {
			for _, dr := range d.Resources {
				if !d.NotResource && !dr.Unresolved && MatchResource(r.Text, dr.Text) {
					return true
				}
			}
		}
	}
	return false
}

// Grant evaluates what the set allows for one action (on any resource).
func (s Set) Grant(action string) Grant {
	g := Grant{Action: action}
	var denies []*Statement
	for _, p := range s.Policies {
		for _, st := range p.Statements {
			if st.Effect == Deny && st.Principal == nil && st.AppliesToAction(action) {
				denies = append(denies, st)
			}
		}
	}
	g.Denials = denies
	for _, p := range s.Policies {
		for _, st := range p.Statements {
			if st.Effect != Allow || st.Principal != nil || !st.AppliesToAction(action) {
				continue
			}
			a := Allowance{Policy: p, Statement: st, Conditional: len(st.Conditions) > 0, AllResources: st.AllResources()}
			removed := false
			for _, d := range denies {
				if !touches(d, st) {
					continue
				}
				switch {
				case len(d.Conditions) > 0:
					a.Conditional = true
				case covers(d, st):
					removed = true
				default:
					a.PartlyDenied, a.AllResources = true, false
				}
			}
			if !removed {
				g.Allowances = append(g.Allowances, a)
			}
		}
	}
	if len(s.Boundary) > 0 && len(g.Allowances) > 0 {
		b := Set{Policies: s.Boundary}.Grant(action)
		switch {
		case !b.Allowed():
			g.Allowances = nil
		default:
			for i := range g.Allowances {
				g.Allowances[i].Conditional = g.Allowances[i].Conditional || !b.Unconditional()
				g.Allowances[i].AllResources = g.Allowances[i].AllResources && b.OnAllResources()
			}
		}
	}
	return g
}

// Decision is the outcome of evaluating one request.
type Decision int

// Decisions. ConditionallyAllowed means some request for the action and resource is allowed,
// depending on conditions the policies test (source address, MFA, tags ...).
const (
	ImplicitDeny Decision = iota
	Allowed
	ConditionallyAllowed
	ExplicitDeny
)

func (d Decision) String() string {
	return [...]string{"implicit deny", "allowed", "conditionally allowed", "explicit deny"}[d]
}

// Decide evaluates one request: an action on one resource ARN.
func (s Set) Decide(action, resource string) Decision {
	d := decide(s.Policies, action, resource)
	if len(s.Boundary) == 0 || d == ImplicitDeny || d == ExplicitDeny {
		return d
	}
	switch b := decide(s.Boundary, action, resource); b {
	case Allowed:
		return d
	case ConditionallyAllowed:
		return ConditionallyAllowed
	default:
		return ImplicitDeny
	}
}

func decide(policies []*Policy, action, resource string) Decision {
	allowed, conditional, denyMaybe := false, false, false
	for _, p := range policies {
		for _, st := range p.Statements {
			if st.Principal != nil || !st.AppliesToAction(action) || !st.AppliesToResource(resource) {
				continue
			}
			switch {
			case st.Effect == Deny && len(st.Conditions) == 0:
				return ExplicitDeny
			case st.Effect == Deny:
				denyMaybe = true
			case len(st.Conditions) == 0:
				allowed = true
			default:
				conditional = true
			}
		}
	}
	switch {
	case allowed && !denyMaybe:
		return Allowed
	case allowed || conditional:
		return ConditionallyAllowed
	}
	return ImplicitDeny
}
