package depcheck

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/vigil-sec/vigil/internal/deps"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var ruleVulnerablePackage = &rule.Rule{
	ID:       "dependencies/vulnerable-package",
	Area:     finding.Dependencies,
	Severity: finding.High,
	Title:    "Dependency with a known vulnerability",
	Description: "A package version in a lockfile or manifest is affected by published vulnerabilities (OSV " +
		"records, matched offline against the local database with the ecosystem's own version ordering). Each " +
		"package version gives one finding per file, listing all its advisories: aliases of one vulnerability " +
		"(CVE, GHSA, PYSEC, GO ...) are merged into one advisory, and the message names the smallest version that " +
		"fixes every advisory that has a fix (and the advisories that have none). The severity is the highest of " +
		"the advisories', each computed from the record's CVSS vector, else taken from the ecosystem's rating; " +
		"the properties list every advisory with its severity and fixed version. The fingerprint is built from " +
		"the package, its version and the sorted advisory keys, so a new advisory against a package version a " +
		"baseline already holds is a new finding. For Go, the standard library (the vulnerability database's " +
		"\"stdlib\") is checked at the version of go.mod's toolchain directive only: the go directive is the " +
		"minimum language version, not the release that builds the program.",
	Remediation: "Upgrade the package to the version that fixes all its advisories (for a transitive dependency, " +
		"upgrade the direct dependency that pulls it in, or pin an override), then regenerate the lockfile. For " +
		"an advisory without a fix, assess whether the vulnerable code is reachable and consider an alternative " +
		"package.",
	References: []string{"https://ossf.github.io/osv-schema/"},
}

// vulnFinding is the finding of one vulnerable package version; the caller sets the location.
func vulnFinding(pk *deps.Package, v *vulnerable, now time.Time) finding.Finding {
	f := ruleVulnerablePackage.Finding(finding.Location{}, pkgSubject(pk)+" "+strings.Join(keys(v.advs), ","), vulnMessage(pk, v, now))
	f.Severity = highest(v.advs)
	f.Properties = vulnProperties(pk, v, now)
	return f
}

// vulnMessage reads "golang.org/x/net 0.7.0 has 16 known vulnerabilities (2 high, 14 medium);
// 0.56.0 fixes all (a fix available for up to 900 days): GO-..., GO-... and 6 more". A single advisory is
// told with its aliases, summary and rating.
func vulnMessage(pk *deps.Package, v *vulnerable, now time.Time) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s has %d known %s (%s); %s", pk.Name, installed(pk), len(v.advs),
		cond(len(v.advs) == 1, "vulnerability", "vulnerabilities"), severityCounts(v.advs), fixAdvice(v))
	if d := oldestFixDays(v.advs, now); d >= 0 {
		fmt.Fprintf(&b, " (fix available for %s%d %s)", cond(len(v.advs) > 1, "up to ", ""), d, plural(d, "day"))
	}
	if len(v.advs) == 1 {
		adv := &v.advs[0]
		fmt.Fprintf(&b, ": %s", strings.Join(adv.IDs, ", "))
		if len(adv.Aliases) > 0 {
			fmt.Fprintf(&b, " (%s)", strings.Join(adv.Aliases, ", "))
		}
		if adv.Summary != "" {
			fmt.Fprintf(&b, ", %s", strings.TrimSuffix(adv.Summary, "."))
		}
		fmt.Fprintf(&b, " [%s]", adv.Rating.Source)
		return b.String()
	}
	var ids []string
	for i := range v.advs {
		ids = append(ids, v.advs[i].IDs...)
	}
	slices.Sort(ids)
	// Enough ids to search for; every one is in the properties (JSON and SARIF alike).
	const shown = 10
	if len(ids) > shown {
		fmt.Fprintf(&b, ": %s and %d more", strings.Join(ids[:shown], ", "), len(ids)-shown)
	} else {
		fmt.Fprintf(&b, ": %s", strings.Join(ids, ", "))
	}
	return b.String()
}

// fixAdvice says which version to move to, and which advisories no version fixes.
func fixAdvice(v *vulnerable) string {
	fixable := len(v.advs) - len(v.unfixed)
	var s string
	switch {
	case fixable == 0:
		return cond(len(v.advs) == 1, "no fixed version is known", "no fixed version is known for any of them")
	case v.fix == "" && len(v.advs) == 1:
		s = "no known version fixes it (a later range affects its fixed versions again)"
	case v.fix == "":
		s = "no single known version fixes all of them (see the fixed version of each advisory)"
	case len(v.advs) == 1:
		s = "upgrade to " + v.fix + " to fix it"
	case len(v.unfixed) == 0:
		s = v.fix + " fixes all"
	default:
		s = v.fix + " fixes the " + strconv.Itoa(fixable) + " that have a fix"
	}
	if len(v.unfixed) > 0 {
		s += fmt.Sprintf("; no fix is known for %s", strings.Join(v.unfixed, ", "))
	}
	return s
}

// advisoryFacts is one advisory in the machine-readable "vulnerabilities" property.
type advisoryFacts struct {
	Key       string   `json:"key"`
	IDs       []string `json:"ids"`
	Aliases   []string `json:"aliases,omitempty"`
	Summary   string   `json:"summary,omitempty"`
	Severity  string   `json:"severity"`
	Source    string   `json:"severitySource"`
	CVSSScore string   `json:"cvssScore,omitempty"`
	CVSS      string   `json:"cvssVector,omitempty"`
	Fixed     []string `json:"fixedVersions,omitempty"`
	FixSince  string   `json:"fixAvailableSince,omitempty"`
	FixDays   *int     `json:"fixAvailableDays,omitempty"`
	URL       string   `json:"url"`
}

func vulnProperties(pk *deps.Package, v *vulnerable, now time.Time) map[string]string {
	var ids, aliases []string
	facts := make([]advisoryFacts, 0, len(v.advs))
	for i := range v.advs {
		adv := &v.advs[i]
		ids = append(ids, adv.IDs...)
		aliases = append(aliases, adv.Aliases...)
		af := advisoryFacts{Key: adv.Key, IDs: adv.IDs, Aliases: adv.Aliases, Summary: adv.Summary,
			Severity: adv.Rating.Severity.String(), Source: adv.Rating.Source, Fixed: adv.Fixed, URL: adv.URL}
		if s := adv.Rating.Score; s != nil {
			af.CVSSScore, af.CVSS = strconv.FormatFloat(s.Base, 'f', 1, 64), s.Vector
		}
		if d := adv.fixDays(now); d >= 0 {
			af.FixSince, af.FixDays = adv.FixSince.UTC().Format("2006-01-02"), &d
		}
		facts = append(facts, af)
	}
	slices.Sort(ids)
	slices.Sort(aliases)
	list, _ := json.Marshal(facts) // plain strings and numbers: cannot fail
	props := map[string]string{
		"ecosystem":        pk.Ecosystem,
		"package":          pk.Name,
		"installedVersion": pk.Version,
		"relation":         pk.Relation.String(),
		"advisories":       strings.Join(ids, ","),
		"advisoryKeys":     strings.Join(keys(v.advs), ","),
		"advisoryCount":    strconv.Itoa(len(v.advs)),
		"severityCounts":   severityCounts(v.advs),
		"vulnerabilities":  string(list),
	}
	if pk.Commit != "" {
		props["commit"] = pk.Commit
	}
	if len(aliases) > 0 {
		props["aliases"] = strings.Join(slices.Compact(aliases), ",")
	}
	if v.fix != "" {
		props["fixedVersion"] = v.fix
	}
	if len(v.unfixed) > 0 {
		props["unfixedAdvisories"] = strings.Join(v.unfixed, ",")
	}
	if d := oldestFixDays(v.advs, now); d >= 0 {
		props["fixAvailableDays"] = strconv.Itoa(d)
	}
	return props
}

func installed(pk *deps.Package) string {
	if pk.Version == "" {
		return "commit " + pk.Commit
	}
	return pk.Version
}

// keys are the advisories' keys, in their (sorted) order.
func keys(advs []advisory) []string {
	out := make([]string, len(advs))
	for i := range advs {
		out[i] = advs[i].Key
	}
	return out
}

func highest(advs []advisory) finding.Severity {
	s := finding.SeverityUnknown
	for i := range advs {
		s = max(s, advs[i].Rating.Severity)
	}
	return s
}

// severityCounts reads "2 high, 14 medium", highest first.
func severityCounts(advs []advisory) string {
	var parts []string
	for _, s := range finding.Severities() {
		n := 0
		for i := range advs {
			if advs[i].Rating.Severity == s {
				n++
			}
		}
		if n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, s))
		}
	}
	if len(advs) == 1 {
		return advs[0].Rating.Severity.String()
	}
	return strings.Join(parts, ", ")
}

// oldestFixDays is the longest time any of the advisories' fixes has been available; -1 when
// none has a dated fix.
func oldestFixDays(advs []advisory, now time.Time) int {
	d := -1
	for i := range advs {
		d = max(d, advs[i].fixDays(now))
	}
	return d
}

func cond(c bool, yes, no string) string {
	if c {
		return yes
	}
	return no
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}
