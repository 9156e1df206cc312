package depcheck

import (
	"fmt"
	"maps"
	"strconv"
	"time"

	"github.com/vigil-sec/vigil/internal/deps"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

var rulePatchSLA = &rule.Rule{
	ID:       "dependencies/patch-sla-exceeded",
	Area:     finding.Dependencies,
	Severity: finding.High,
	Title:    "Fix available for longer than the patch SLA",
	Description: "A fixed version of a vulnerable dependency has been available for longer than the patch SLA " +
		"allows for the vulnerability's severity (by default critical 7 days, high 30, medium 90, low 180; " +
		"configurable). This is delayed patching: the risk is known and fixable, and has waited. The age is " +
		"counted from the publication of the first advisory that names a fix.",
	Remediation: "Upgrade to the fixed version now; if the upgrade is blocked, record an exception with a reason " +
		"and an expiry in .vigil.yaml so that the delay is a decision rather than an accident.",
}

// slaFinding is the finding of an advisory whose fix has waited longer than the SLA of its
// severity, if it has; the caller sets the location. props are the vulnerability's properties.
func (a *Analyzer) slaFinding(pk *deps.Package, adv *advisory, now time.Time, props map[string]string) (finding.Finding, bool) {
	sla, ok := a.opts.PatchSLA[adv.Rating.Severity]
	days := adv.fixDays(now)
	if !ok || sla <= 0 || days < 0 || days <= sla {
		return finding.Finding{}, false
	}
	f := rulePatchSLA.Finding(finding.Location{}, pkgSubject(pk)+" "+adv.Key,
		fmt.Sprintf("%s %s: the fix for %s (%s) has been available for %d days, %d over the %d-day patch SLA for %s vulnerabilities; upgrade to %s",
			pk.Name, pk.Version, adv.Key, adv.Rating.Severity, days, days-sla, sla, adv.Rating.Severity, adv.Fixed[0]))
	f.Severity = adv.Rating.Severity
	f.Properties = maps.Clone(props)
	f.Properties["slaDays"] = strconv.Itoa(sla)
	f.Properties["overdueDays"] = strconv.Itoa(days - sla)
	return f, true
}
