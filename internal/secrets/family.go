// Package secrets finds plaintext credentials in every text file of a review and in git history. Each
// rule_*.go file holds one family of detectors (a provider or a theme) with the rule they report
// under; every detector carries true- and false-positive samples that TestDetectorSamples runs.
package secrets

import (
	"fmt"
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
	"github.com/vigil-sec/vigil/internal/secrets/detect"
)

// Family is a rule and the detectors that report under it.
type Family struct {
	Rule      *rule.Rule
	Detectors []*detect.Detector
}

// Families lists every detector family, in one place.
func Families() []Family {
	fams := families()
	for _, f := range fams {
		for _, d := range f.Detectors {
			windowFor(d)
		}
	}
	return fams
}

func families() []Family {
	return []Family{
		awsFamily(),
		gcpFamily(),
		azureFamily(),
		githubFamily(),
		gitlabFamily(),
		slackFamily(),
		stripeFamily(),
		paymentFamily(),
		shopifyFamily(),
		emailFamily(),
		chatFamily(),
		registryFamily(),
		hashicorpFamily(),
		observabilityFamily(),
		aiFamily(),
		saasFamily(),
		cloudPlatformFamily(),
		privateKeyFamily(),
		jwtFamily(),
		databaseURLFamily(),
		basicAuthURLFamily(),
		genericFamily(),
	}
}

// credentialRule builds the rule of a provider family: a committed credential of that provider.
func credentialRule(slug, what, revoke string, refs ...string) *rule.Rule {
	return &rule.Rule{
		ID:       "secrets/" + slug,
		Area:     finding.Secrets,
		Severity: finding.High,
		Title:    strings.ToUpper(what[:1]) + what[1:] + " committed in plain text",
		Description: fmt.Sprintf("A %s is written in a file of the repository. Anyone who can read the repository, "+
			"a clone, a fork or its history can use it until it is revoked.", what),
		Remediation: revoke + " Then load the new one at run time from a secret store or the CI's secret " +
			"variables; deleting the line does not remove the credential from git history.",
		References: refs,
	}
}

// Helpers that keep the detector tables short.

func kw(words ...string) []string  { return words }
func s(samples ...string) []string { return samples }

// tokStart and assignedStart begin every pattern that tok and assigned build; windowFor reads them.
const (
	tokStart      = `(?:^|[^A-Za-z0-9_])(`
	assignedStart = `(?i:`
)

// windowFor picks the cheapest window a detector's pattern allows: a credential built by tok (whose
// keyword is its prefix or close to its start) or an assignment built by assigned (whose name starts
// with the keyword), and other patterns that open with their keyword, read a short window around the
// keyword; anything else reads the keyword's line.
func windowFor(d *detect.Detector) {
	if d.Window != detect.WindowLine || d.Span > 0 {
		return
	}
	if strings.HasPrefix(d.Pattern, tokStart) || strings.HasPrefix(d.Pattern, assignedStart) {
		d.Window = detect.WindowAfter
	}
}

// tok matches a credential that starts with its own prefix: the secret is prefix+body, standing
// alone (not inside a longer word).
func tok(prefix, body string) string {
	return tokStart + prefix + body + `)(?:[^A-Za-z0-9_\-]|$)`
}

// assigned matches a value of the given shape assigned to a name that holds key (case-insensitive):
// `KEY_NAME = "value"`, `key_name: value`, `"keyName": "value"`.
func assigned(key, value string) string {
	return assignedStart + key + `)[A-Za-z0-9_.\-]{0,40}["']?\s{0,4}(?:=|:=|=>|:|,)\s{0,4}["'` + "`" + `]?(` + value + `)(?:[^A-Za-z0-9_\-+/=]|$)`
}
