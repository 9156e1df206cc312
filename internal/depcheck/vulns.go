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
}

// checkVulns matches every package with a version (or commit) against the database. Each distinct
// package version is matched once, however many lockfiles hold it.
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
	cache := map[key][]verdict{}
	for _, lf := range lockfiles {
		for i := range lf.Packages {
			pk := &lf.Packages[i]
			if pk.Version == "" && pk.Commit == "" {
				continue
			}
			k := key{vulndb.Query{Ecosystem: pk.Ecosystem, Name: pk.Name, Version: pk.Version, Commit: pk.Commit}, pk.Relation}
			vs, ok := cache[k]
			if !ok {
				if err := ctx.Err(); err != nil {
					return err
				}
				ms, err := db.Match(ctx, k.q)
				if err != nil {
					return fmt.Errorf("vulnerability database: %w", err)
				}
				for _, adv := range mergeAliases(ms) {
					vs = append(vs, a.verdict(pk, &adv, now))
				}
				cache[k] = vs
			}
			loc := finding.Location{Path: lf.Path, StartLine: pk.Line}
			for _, v := range vs {
				f := v.vuln
				f.Location = loc
				p.Report(f)
				if v.sla != nil {
					f := *v.sla
					f.Location = loc
					p.Report(f)
				}
			}
		}
	}
	return nil
}

// verdict is the findings of one advisory for one package version, without their location.
type verdict struct {
	vuln finding.Finding
	sla  *finding.Finding
}

func (a *Analyzer) verdict(pk *deps.Package, adv *advisory, now time.Time) verdict {
	v := verdict{vuln: vulnFinding(pk, adv, now)}
	if f, ok := a.slaFinding(pk, adv, now, v.vuln.Properties); ok {
		v.sla = &f
	}
	return v
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
