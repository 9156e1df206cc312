package depcheck

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/deps"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/versions"
	"github.com/vigil-sec/vigil/internal/vulndb"
)

// advisory is one vulnerability of one package: the matching records that are aliases of each
// other, merged.
type advisory struct {
	// IDs are the records' ids; Aliases the other names they give (CVE, GHSA ...), both sorted.
	IDs     []string
	Aliases []string
	// Key is the stable name of the group: its lowest CVE, else its lowest record id.
	Key     string
	Summary string
	Fixed   []string
	Rating  rating
	// FixSince is when a fix became known: the earliest publication of a record naming one.
	FixSince time.Time
	URL      string
	// fixers are the records of the group that name a fix: a version fixes the advisory when none
	// of them affects it.
	fixers []*vulndb.Vuln
}

// checkVulns matches every package with a version (or commit) against the database. Each distinct
// package version is matched once, however many lockfiles hold it, and gives at most one finding
// per rule wherever it is written: all its advisories together.
func (a *Analyzer) checkVulns(ctx context.Context, p *analysis.SetPass, lockfiles []*deps.Lockfile) error {
	n := 0
	for _, lf := range lockfiles {
		for i := range lf.Packages {
			if lf.Packages[i].Version != "" || lf.Packages[i].Commit != "" {
				n++
			}
		}
	}
	if n == 0 {
		return nil
	}
	dbPath := a.opts.VulnDBPath
	if dbPath == "" {
		var err error
		if dbPath, err = vulndb.DefaultPath(); err != nil {
			p.Note(fmt.Sprintf("dependencies: %v; %s and %s were skipped", err, ruleVulnerablePackage.ID, rulePatchSLA.ID))
			return nil
		}
	}
	db, err := vulndb.Open(dbPath)
	if err != nil {
		if errors.Is(err, vulndb.ErrNoDatabase) {
			p.Note(fmt.Sprintf("dependencies: %v; %d packages were not checked for known vulnerabilities (%s and %s were skipped)",
				err, n, ruleVulnerablePackage.ID, rulePatchSLA.ID))
			return nil
		}
		p.Note(fmt.Sprintf("dependencies: %v; %s and %s were skipped", err, ruleVulnerablePackage.ID, rulePatchSLA.ID))
		return nil
	}
	defer db.Close()
	now := a.now()
	// Everything about a finding but its location depends only on the package version and its
	// relation: build each finding once and report it wherever the package is.
	type key struct {
		q   vulndb.Query
		rel deps.Relation
	}
	cache := map[key][]finding.Finding{}
	for _, lf := range lockfiles {
		for i := range lf.Packages {
			pk := &lf.Packages[i]
			if pk.Version == "" && pk.Commit == "" {
				continue
			}
			k := key{vulndb.Query{Ecosystem: pk.Ecosystem, Name: pk.Name, Version: pk.Version, Commit: pk.Commit}, pk.Relation}
			fs, ok := cache[k]
			if !ok {
				if err := ctx.Err(); err != nil {
					return err
				}
				v, err := match(ctx, db, k.q)
				if err != nil {
					return fmt.Errorf("vulnerability database: %w", err)
				}
				if v != nil {
					fs = a.findings(pk, v, now)
				}
				cache[k] = fs
			}
			loc := finding.Location{Path: lf.Path, StartLine: pk.Line}
			for _, f := range fs {
				f.Location = loc
				p.Report(f)
			}
		}
	}
	return nil
}

// vulnerable is what the database knows about one package version: its advisories, ordered by
// key, and the smallest version that fixes all of those that have a fix.
type vulnerable struct {
	advs []advisory
	// fix is the smallest version that fixes every advisory with a fix; empty when none does (or
	// no advisory has a fix).
	fix string
	// unfixed are the keys of the advisories without a known fix.
	unfixed []string
}

// match looks a package version up; nil when nothing affects it.
func match(ctx context.Context, db *vulndb.DB, q vulndb.Query) (*vulnerable, error) {
	cs, err := db.Lookup(ctx, q.Ecosystem, q.Name)
	if err != nil {
		return nil, err
	}
	ms := vulndb.MatchAll(cs, q)
	if len(ms) == 0 {
		return nil, nil
	}
	v := &vulnerable{advs: mergeAliases(ms)}
	for i := range v.advs {
		if len(v.advs[i].Fixed) == 0 {
			v.unfixed = append(v.unfixed, v.advs[i].Key)
		}
	}
	v.fix = fixAll(cs, q, v.advs)
	return v, nil
}

// fixAll is the smallest version above the installed one that none of the advisories with a fix
// affects any more; "" when there is none. The candidates are the fixed versions that the records
// name for the package, from the highest of the advisories' first fixes up (no lower version can
// fix them all); a candidate that one advisory's later range affects again is passed over.
func fixAll(cs []*vulndb.Compiled, q vulndb.Query, advs []advisory) string {
	scheme, _ := versions.For(q.Ecosystem)
	// An installed version that does not parse (matched through a record's versions list) has no
	// order: the advisories' first fixes are the floor.
	iv, err := scheme.Parse(q.Version)
	if err != nil {
		iv = nil
	}
	floor := iv
	name := vulndb.NormalizeName(q.Ecosystem, q.Name)
	var raws []string
	for i := range advs {
		if len(advs[i].Fixed) == 0 {
			continue
		}
		if f, err := scheme.Parse(advs[i].Fixed[0]); err == nil && (floor == nil || f.Compare(floor) > 0) {
			floor = f
		}
		for _, r := range advs[i].fixers {
			for _, a := range r.Affected {
				if a.Package.Ecosystem != q.Ecosystem || vulndb.NormalizeName(a.Package.Ecosystem, a.Package.Name) != name {
					continue
				}
				for _, rg := range a.Ranges {
					for _, e := range rg.Events {
						if e.Fixed != "" && rg.Type != vulndb.RangeGit {
							raws = append(raws, e.Fixed)
						}
					}
				}
			}
		}
	}
	compiled := make(map[*vulndb.Vuln]*vulndb.Compiled, len(cs))
	for _, c := range cs {
		compiled[c.Vuln] = c
	}
next:
	for _, c := range vulndb.SortVersions(q.Ecosystem, raws) {
		cv, err := scheme.Parse(c)
		if err != nil || floor == nil || cv.Compare(floor) < 0 || iv != nil && cv.Compare(iv) <= 0 {
			continue
		}
		cq := vulndb.Query{Ecosystem: q.Ecosystem, Name: q.Name, Version: c}
		for i := range advs {
			for _, r := range advs[i].fixers {
				if cr := compiled[r]; cr != nil {
					if _, hit := cr.Affects(cq); hit {
						continue next
					}
				}
			}
		}
		return c
	}
	return ""
}

// findings are the findings of one vulnerable package version, without their location.
func (a *Analyzer) findings(pk *deps.Package, v *vulnerable, now time.Time) []finding.Finding {
	f := vulnFinding(pk, v, now)
	out := []finding.Finding{f}
	if sla, ok := a.slaFinding(pk, v, now, f.Properties); ok {
		out = append(out, sla)
	}
	return out
}

// mergeAliases groups matches whose records name each other (by id or alias) into one advisory.
func mergeAliases(ms []vulndb.Match) []advisory {
	if len(ms) == 0 {
		return nil
	}
	parent := make([]int, len(ms))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	owner := map[string]int{}
	for i, m := range ms {
		for _, id := range m.Vuln.IDs() {
			if j, ok := owner[id]; ok {
				parent[find(i)] = find(j)
			} else {
				owner[id] = i
			}
		}
	}
	groups := map[int][]int{}
	var roots []int
	for i := range ms {
		r := find(i)
		if _, ok := groups[r]; !ok {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], i)
	}
	var out []advisory
	for _, r := range roots {
		var adv advisory
		ids := map[string]bool{}
		for _, i := range groups[r] {
			ids[ms[i].Vuln.ID] = true
		}
		for _, i := range groups[r] {
			m := ms[i]
			v := m.Vuln
			adv.IDs = append(adv.IDs, v.ID)
			for _, al := range v.Aliases {
				if !ids[al] && !slices.Contains(adv.Aliases, al) {
					adv.Aliases = append(adv.Aliases, al)
				}
			}
			if adv.Summary == "" {
				adv.Summary = v.Summary
			}
			adv.Fixed = append(adv.Fixed, m.Fixed...)
			if len(m.Fixed) > 0 {
				adv.fixers = append(adv.fixers, v)
			}
			if rt := rate(v, m.Affected); rt.Severity > adv.Rating.Severity || adv.Rating.Source == "" ||
				rt.Severity == adv.Rating.Severity && adv.Rating.Score == nil && rt.Score != nil {
				adv.Rating = rt
			}
			if len(m.Fixed) > 0 {
				pub := v.Published
				if pub.Year() <= 1 {
					pub = v.Modified
				}
				if pub.Year() > 1 && (adv.FixSince.IsZero() || pub.Before(adv.FixSince)) {
					adv.FixSince = pub
				}
			}
		}
		slices.Sort(adv.IDs)
		slices.Sort(adv.Aliases)
		adv.Fixed = vulndb.SortVersions(ms[groups[r][0]].Vuln.Affected[0].Package.Ecosystem, adv.Fixed)
		adv.Key = adv.IDs[0]
		for _, id := range append(slices.Clone(adv.IDs), adv.Aliases...) {
			if strings.HasPrefix(id, "CVE-") && (!strings.HasPrefix(adv.Key, "CVE-") || id < adv.Key) {
				adv.Key = id
			}
		}
		adv.URL = "https://osv.dev/vulnerability/" + adv.IDs[0]
		out = append(out, adv)
	}
	slices.SortFunc(out, func(a, b advisory) int { return strings.Compare(a.Key, b.Key) })
	return out
}

// fixDays is how many whole days a fix has been available at now; -1 when there is no fix or no
// date.
func (adv *advisory) fixDays(now time.Time) int {
	if len(adv.Fixed) == 0 || adv.FixSince.IsZero() {
		return -1
	}
	d := int(now.Sub(adv.FixSince).Hours() / 24)
	return max(d, 0)
}
