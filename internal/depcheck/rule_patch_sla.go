package depcheck

import (
	"fmt"
	"maps"
	"strconv"
	"strings"
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
	Description: "Fixed versions of a vulnerable dependency have been available for longer than the patch SLA " +
		"allows for the vulnerabilities' severity (by default critical 7 days, high 30, medium 90, low 180; " +
		"configurable). This is delayed patching: the risk is known and fixable, and has waited. Each package " +
		"version gives one finding per file, naming the advisories whose fix is overdue and the longest wait; " +
		"the age is counted from the publication of the first record of an advisory that names a fix. The " +
		"fingerprint is built from the package, its version and the sorted keys of the overdue advisories, so an " +
		"advisory that becomes overdue later makes a new finding.",
	Remediation: "Upgrade to the fixed version now; if the upgrade is blocked, record an exception with a reason " +
		"and an expiry in .vigil.yaml so that the delay is a decision rather than an accident.",
}

// slaFinding is the finding of a package version some of whose advisories have had a fix for
// longer than the SLA of their severity, if any has; the caller sets the location. props are the
// vulnerability finding's properties.
func (a *Analyzer) slaFinding(pk *deps.Package, v *vulnerable, now time.Time, props map[string]string) (finding.Finding, bool) {
	var overdue []string
	sev := finding.SeverityUnknown
	worst, longest := -1, -1 // the advisory most days over its SLA, and the longest wait
	for i := range v.advs {
		adv := &v.advs[i]
		sla, ok := a.opts.PatchSLA[adv.Rating.Severity]
		days := adv.fixDays(now)
		if !ok || sla <= 0 || days < 0 || days <= sla {
			continue
		}
		overdue = append(overdue, adv.Key)
		sev = max(sev, adv.Rating.Severity)
		if worst < 0 || days-sla > v.advs[worst].fixDays(now)-a.opts.PatchSLA[v.advs[worst].Rating.Severity] {
			worst = i
		}
		longest = max(longest, days)
	}
	if len(overdue) == 0 {
		return finding.Finding{}, false
	}
	w := &v.advs[worst]
	sla := a.opts.PatchSLA[w.Rating.Severity]
	days := w.fixDays(now)
	target := v.fix
	if target == "" {
		target = "a fixed version"
	}
	var msg string
	if len(v.advs) == 1 {
		msg = fmt.Sprintf("%s %s: the fix for %s (%s) has been available for %d days, %d over the %d-day patch SLA for %s vulnerabilities; upgrade to %s",
			pk.Name, installed(pk), w.Key, w.Rating.Severity, days, days-sla, sla, w.Rating.Severity, target)
	} else {
		msg = fmt.Sprintf("%s %s: the fixes for %d of its %d known vulnerabilities have waited past the patch SLA, the longest %d days; "+
			"most overdue %s (%s, %d days over the %d-day SLA); upgrade to %s. Overdue: %s",
			pk.Name, installed(pk), len(overdue), len(v.advs), longest, w.Key, w.Rating.Severity, days-sla, sla, target, strings.Join(overdue, ", "))
	}
	f := rulePatchSLA.Finding(finding.Location{}, pkgSubject(pk)+" "+strings.Join(overdue, ","), msg)
	f.Severity = sev
	f.Properties = maps.Clone(props)
	f.Properties["overdueAdvisories"] = strings.Join(overdue, ",")
	f.Properties["slaDays"] = strconv.Itoa(sla)
	f.Properties["overdueDays"] = strconv.Itoa(days - sla)
	f.Properties["longestWaitDays"] = strconv.Itoa(longest)
	return f, true
}
