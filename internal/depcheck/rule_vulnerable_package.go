package depcheck

import (
	"fmt"
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
	Description: "A package version in a lockfile or manifest is affected by a published vulnerability (an OSV " +
		"record, matched offline against the local database with the ecosystem's own version ordering). The " +
		"finding's severity is computed from the record's CVSS vector, else taken from the ecosystem's rating; " +
		"aliases of one vulnerability (CVE, GHSA, PYSEC, GO ...) are merged into one finding.",
	Remediation: "Upgrade the package to a fixed version (for a transitive dependency, upgrade the direct " +
		"dependency that pulls it in, or pin an override), then regenerate the lockfile. When no fix exists, " +
		"assess whether the vulnerable code is reachable and consider an alternative package.",
	References: []string{"https://ossf.github.io/osv-schema/"},
}

// vulnFinding is the finding of one advisory for one package version; the caller sets the location.
func vulnFinding(pk *deps.Package, adv *advisory, now time.Time) finding.Finding {
	f := ruleVulnerablePackage.Finding(finding.Location{}, pkgSubject(pk)+" "+adv.Key, vulnMessage(pk, adv, now))
	f.Severity = adv.Rating.Severity
	f.Properties = vulnProperties(pk, adv, now)
	return f
}

func vulnMessage(pk *deps.Package, adv *advisory, now time.Time) string {
	var b strings.Builder
	ver := pk.Version
	if ver == "" {
		ver = "commit " + pk.Commit
	}
	fmt.Fprintf(&b, "%s %s is affected by %s", pk.Name, ver, strings.Join(adv.IDs, ", "))
	if len(adv.Aliases) > 0 {
		fmt.Fprintf(&b, " (%s)", strings.Join(adv.Aliases, ", "))
	}
	if adv.Summary != "" {
		fmt.Fprintf(&b, ": %s", strings.TrimSuffix(adv.Summary, "."))
	}
	if len(adv.Fixed) > 0 {
		fmt.Fprintf(&b, ". Upgrade to %s", strings.Join(adv.Fixed, " or "))
		if d := adv.fixDays(now); d >= 0 {
			fmt.Fprintf(&b, " (fix available for %d %s)", d, plural(d, "day"))
		}
	} else {
		b.WriteString(". No fixed version is known")
	}
	fmt.Fprintf(&b, " [%s, %s]", adv.Rating.Severity, adv.Rating.Source)
	return b.String()
}

func vulnProperties(pk *deps.Package, adv *advisory, now time.Time) map[string]string {
	props := map[string]string{
		"ecosystem":        pk.Ecosystem,
		"package":          pk.Name,
		"installedVersion": pk.Version,
		"advisories":       strings.Join(adv.IDs, ","),
		"relation":         pk.Relation.String(),
		"severitySource":   adv.Rating.Source,
		"url":              adv.URL,
	}
	if pk.Commit != "" {
		props["commit"] = pk.Commit
	}
	if len(adv.Aliases) > 0 {
		props["aliases"] = strings.Join(adv.Aliases, ",")
	}
	if len(adv.Fixed) > 0 {
		props["fixedVersions"] = strings.Join(adv.Fixed, ",")
	}
	if s := adv.Rating.Score; s != nil {
		props["cvssScore"] = strconv.FormatFloat(s.Base, 'f', 1, 64)
		props["cvssVector"] = s.Vector
	}
	if d := adv.fixDays(now); d >= 0 {
		props["fixAvailableSince"] = adv.FixSince.UTC().Format("2006-01-02")
		props["fixAvailableDays"] = strconv.Itoa(d)
	}
	return props
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}
