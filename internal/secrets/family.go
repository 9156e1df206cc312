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

// tok matches a credential that starts with its own prefix: the secret is prefix+body, standing
// alone (not inside a longer word).
func tok(prefix, body string) string {
	return `(?:^|[^A-Za-z0-9_])(` + prefix + body + `)(?:[^A-Za-z0-9_\-]|$)`
}

// assigned matches a value of the given shape assigned to a name that holds key (case-insensitive):
// `KEY_NAME = "value"`, `key_name: value`, `"keyName": "value"`.
func assigned(key, value string) string {
	return `(?i:` + key + `)[A-Za-z0-9_.\-]{0,40}["']?\s{0,4}(?:=|:=|=>|:|,)\s{0,4}["'` + "`" + `]?(` + value + `)(?:[^A-Za-z0-9_\-+/=]|$)`
}
