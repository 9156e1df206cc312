package vulndb

import (
	"slices"
	"strings"

	"github.com/vigil-sec/vigil/internal/versions"
)

// Query is an installed package to match.
type Query struct {
	Ecosystem string
	Name      string
	Version   string
	// Commit is the git commit of a package pinned to one; GIT ranges need it.
	Commit string
}

// Match is a record that affects a queried package.
type Match struct {
	Vuln *Vuln
	// Fixed lists the versions that fix it, above the installed one, lowest first.
	Fixed []string
	// Affected is the entry that matched (its severity and ecosystem data may differ per package).
	Affected *Affected
}

// Compiled is a record prepared for matching: its events parsed and sorted once per entry.
type Compiled struct {
	Vuln    *Vuln
	entries []compiledEntry
}

type compiledEntry struct {
	a        *Affected
	eco      string
	name     string
	versions map[string]bool
	ranges   []compiledRange
	scheme   versions.Scheme
}

type compiledRange struct {
	typ string
	// broken is set when an event's version does not parse under the range's ordering: the
	// range's bounds are unknown, so it decides nothing.
	broken bool
	scheme versions.Scheme
	events []compiledEvent
	limits []versions.Version
	git    []Event
}

type compiledEvent struct {
	kind byte // 'i' introduced, 'f' fixed, 'l' last_affected
	raw  string
	zero bool // introduced "0": before every version
	v    versions.Version
}

// Compile prepares a record. A range with an event whose version does not parse under the range's
// ordering (a date where PEP 440 wants a version) has unknown bounds and matches nothing; the
// entry's versions list still applies. Ranges of unknown types are left out.
func Compile(v *Vuln) *Compiled {
	c := &Compiled{Vuln: v}
	for i := range v.Affected {
		a := &v.Affected[i]
		if a.Package.Name == "" {
			continue
		}
		eco := a.Package.Ecosystem
		scheme, _ := versions.For(eco)
		e := compiledEntry{a: a, eco: eco, name: NormalizeName(eco, a.Package.Name), scheme: scheme}
		if len(a.Versions) > 0 {
			e.versions = make(map[string]bool, len(a.Versions))
			for _, s := range a.Versions {
				e.versions[s] = true
			}
		}
		for _, r := range a.Ranges {
			cr := compiledRange{typ: r.Type}
			switch r.Type {
			case RangeGit:
				cr.git = r.Events
				e.ranges = append(e.ranges, cr)
				continue
			case RangeSemVer:
				cr.scheme = versions.SemVer
			case RangeEcosystem:
				cr.scheme = scheme
			default:
				continue
			}
			for _, ev := range r.Events {
				kind, raw := byte(0), ""
				switch {
				case ev.Introduced == "0":
					cr.events = append(cr.events, compiledEvent{kind: 'i', raw: "0", zero: true})
					continue
				case ev.Limit == "*":
					continue // an explicit "no limit"
				case ev.Introduced != "":
					kind, raw = 'i', ev.Introduced
				case ev.Fixed != "":
					kind, raw = 'f', ev.Fixed
				case ev.LastAffected != "":
					kind, raw = 'l', ev.LastAffected
				case ev.Limit != "":
					kind, raw = 'x', ev.Limit
				default:
					continue
				}
				pv, err := cr.scheme.Parse(raw)
				if err != nil {
					cr.broken = true
					continue
				}
				if kind == 'x' {
					cr.limits = append(cr.limits, pv)
				} else {
					cr.events = append(cr.events, compiledEvent{kind: kind, raw: raw, v: pv})
				}
			}
			// Sort by version; "introduced: 0" first; at equal versions keep the written order.
			slices.SortStableFunc(cr.events, func(x, y compiledEvent) int {
				switch {
				case x.zero && y.zero:
					return 0
				case x.zero:
					return -1
				case y.zero:
					return 1
				}
				return x.v.Compare(y.v)
			})
			e.ranges = append(e.ranges, cr)
		}
		c.entries = append(c.entries, e)
	}
	return c
}

// Affects reports whether the record affects the queried package and which versions fix it. A
// withdrawn record affects nothing.
func (c *Compiled) Affects(q Query) (Match, bool) {
	return c.affects(q, NormalizeName(q.Ecosystem, q.Name), &parsedQuery{version: q.Version})
}

// parsedQuery keeps the installed version parsed under each scheme a record asks for, so that the
// records of one package parse it once.
type parsedQuery struct {
	version string
	schemes [4]string // by name: some schemes hold functions and do not compare with ==
	parsed  [4]versions.Version
	n       int
}

func (p *parsedQuery) get(s versions.Scheme) versions.Version {
	name := s.Name()
	for i := range p.n {
		if p.schemes[i] == name {
			return p.parsed[i]
		}
	}
	v, err := s.Parse(p.version)
	if err != nil {
		v = nil
	}
	if p.n < len(p.schemes) {
		p.schemes[p.n], p.parsed[p.n] = name, v
		p.n++
	}
	return v
}

// MatchAll returns the records among cs that affect the package, in their order.
func MatchAll(cs []*Compiled, q Query) []Match {
	pq := &parsedQuery{version: q.Version}
	name := NormalizeName(q.Ecosystem, q.Name)
	var out []Match
	for _, c := range cs {
		if m, ok := c.affects(q, name, pq); ok {
			out = append(out, m)
		}
	}
	return out
}

func (c *Compiled) affects(q Query, name string, pq *parsedQuery) (Match, bool) {
	if !c.Vuln.Withdrawn.IsZero() {
		return Match{}, false
	}
	var m Match
	hit := false
	parse := pq.get
	for i := range c.entries {
		e := &c.entries[i]
		if e.name != name || e.eco != q.Ecosystem {
			continue
		}
		entryHit := false
		if q.Version != "" && len(e.versions) > 0 {
			// The versions list holds the registry's own (normalized) spellings: match the
			// installed version as written and in its ecosystem's normal form ("1.0.0-alpha1"
			// is PEP 440's "1.0.0a1").
			entryHit = e.versions[q.Version]
			if !entryHit {
				if c, ok := parse(e.scheme).(versions.Canonicaler); ok {
					entryHit = e.versions[c.Canonical()]
				}
			}
		}
		var fixed []string
		for _, r := range e.ranges {
			if r.typ == RangeGit {
				if q.Commit != "" && gitAffects(r.git, q.Commit) {
					entryHit = true
				}
				continue
			}
			if q.Version == "" {
				continue
			}
			iv := parse(r.scheme)
			if iv == nil {
				continue
			}
			if ok, fix := rangeAffects(r, iv); ok {
				entryHit = true
				fixed = append(fixed, fix...)
			}
		}
		if entryHit {
			hit = true
			if m.Affected == nil {
				m.Affected = e.a
			}
			m.Fixed = append(m.Fixed, fixed...)
		}
	}
	if !hit {
		return Match{}, false
	}
	m.Vuln = c.Vuln
	m.Fixed = SortVersions(q.Ecosystem, m.Fixed)
	return m, true
}

// rangeAffects evaluates one SEMVER or ECOSYSTEM range as the OSV schema's algorithm does: the
// version must be below some limit (when limits are given); then, walking the events in version
// order, an introduced at or below it makes it affected, a fixed at or below it, or a
// last_affected below it, makes it not. It also returns the fixed versions above the installed one.
func rangeAffects(r compiledRange, iv versions.Version) (bool, []string) {
	if r.broken {
		return false, nil
	}
	if len(r.limits) > 0 && !slices.ContainsFunc(r.limits, func(l versions.Version) bool { return iv.Compare(l) < 0 }) {
		return false, nil
	}
	affected := false
	for _, e := range r.events {
		switch e.kind {
		case 'i':
			if e.zero || iv.Compare(e.v) >= 0 {
				affected = true
			}
		case 'f':
			if iv.Compare(e.v) >= 0 {
				affected = false
			}
		case 'l':
			if iv.Compare(e.v) > 0 {
				affected = false
			}
		}
	}
	if !affected {
		return false, nil
	}
	// The fix for this version is the first fixed event above it.
	for _, e := range r.events {
		if e.kind == 'f' && iv.Compare(e.v) < 0 {
			return true, []string{e.raw}
		}
	}
	return true, nil
}

// gitAffects evaluates a GIT range offline. Without the repository's history only the commits the
// range names can be decided: an introduced or last_affected commit is affected, a fixed or limit
// commit is not; any other commit is not reported.
func gitAffects(events []Event, commit string) bool {
	for _, e := range events {
		if strings.EqualFold(e.Fixed, commit) || strings.EqualFold(e.Limit, commit) {
			return false
		}
	}
	for _, e := range events {
		if strings.EqualFold(e.Introduced, commit) || strings.EqualFold(e.LastAffected, commit) {
			return true
		}
	}
	return false
}

// SortVersions orders and deduplicates versions of an ecosystem, lowest first; strings that do not
// parse go last in their written order.
func SortVersions(ecosystem string, vs []string) []string {
	if len(vs) < 2 {
		return vs
	}
	scheme, _ := versions.For(ecosystem)
	type pv struct {
		raw string
		v   versions.Version
	}
	var ps []pv
	for _, s := range vs {
		v, err := scheme.Parse(s)
		if err != nil {
			v = nil
		}
		ps = append(ps, pv{s, v})
	}
	slices.SortStableFunc(ps, func(a, b pv) int {
		switch {
		case a.v == nil && b.v == nil:
			return 0
		case a.v == nil:
			return 1
		case b.v == nil:
			return -1
		}
		return a.v.Compare(b.v)
	})
	out := make([]string, 0, len(ps))
	for _, p := range ps {
		if !slices.Contains(out, p.raw) {
			out = append(out, p.raw)
		}
	}
	return out
}
