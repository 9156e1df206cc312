package finding

import (
	"cmp"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// Location is a place in the reviewed tree. Path is relative to the reviewed root, with forward
// slashes. Lines and columns count from 1; zero means unknown.
type Location struct {
	Path        string `json:"path"`
	StartLine   int    `json:"startLine,omitempty"`
	EndLine     int    `json:"endLine,omitempty"`
	StartColumn int    `json:"startColumn,omitempty"`
	EndColumn   int    `json:"endColumn,omitempty"`
	// Commit is set for findings in git history: the commit that introduced the problem.
	Commit string `json:"commit,omitempty"`
	// Label explains what a related location shows ("iam:PassRole is granted here").
	Label string `json:"label,omitempty"`
}

// String renders "path:line" (or just the path when the line is unknown).
func (l Location) String() string {
	if l.StartLine > 0 {
		return fmt.Sprintf("%s:%d", l.Path, l.StartLine)
	}
	return l.Path
}

// Confidence says how sure a rule is. Findings in test fixtures, for example, are kept with low
// confidence rather than dropped.
type Confidence string

// Confidence levels; the empty value means high.
const (
	ConfidenceHigh   Confidence = "high"
	ConfidenceMedium Confidence = "medium"
	ConfidenceLow    Confidence = "low"
)

// Suppression records why a finding is not counted against the gate.
type Suppression struct {
	// Kind is "config" (an ignore in .vigil.yaml), "inline" (a vigil:ignore comment) or "baseline".
	Kind   string `json:"kind"`
	Reason string `json:"reason,omitempty"`
	// Expires is the ignore's expiry date (YYYY-MM-DD), when it has one.
	Expires string `json:"expires,omitempty"`
	// Source is where the ignore is written ("path:line").
	Source string `json:"source,omitempty"`
}

// Suppression kinds.
const (
	SuppressedByConfig   = "config"
	SuppressedInline     = "inline"
	SuppressedByBaseline = "baseline"
)

// Finding is one problem found by one rule.
type Finding struct {
	RuleID   string   `json:"ruleId"`
	Severity Severity `json:"severity"`
	Area     Area     `json:"area"`
	// Also names further areas the finding concerns (see rule.Rule.Also).
	Also  []Area `json:"also,omitempty"`
	Title string `json:"title"`
	// Message says what is wrong with this particular subject.
	Message  string   `json:"message"`
	Location Location `json:"location"`
	// Related holds further locations: the other places one root cause is seen, or the steps of a chain.
	Related []Location `json:"related,omitempty"`
	// Subject names what the finding is about: a resource address, a job and step, a package, or the
	// keyed hash of a secret. With the rule and (usually) the path it makes the fingerprint.
	Subject string `json:"subject,omitempty"`
	// Evidence is the offending text, always redacted where it could hold a secret.
	Evidence    string     `json:"evidence,omitempty"`
	Remediation string     `json:"remediation,omitempty"`
	Confidence  Confidence `json:"confidence,omitempty"`
	// Fingerprint is stable across unrelated edits: it never includes a line number.
	Fingerprint string `json:"fingerprint"`
	// Priority orders findings for "fix these first"; higher is more urgent. Reasons explain raises
	// and drops against the severity's base.
	Priority        int      `json:"priority,omitempty"`
	PriorityReasons []string `json:"priorityReasons,omitempty"`
	// RootCause, when a rule sets it, groups findings of that rule that share it: the same unpinned
	// action in forty workflows is one thing to fix; a module instantiated thirty times gives the
	// module call as root cause. Findings of a rule also group when they share a fingerprint (the
	// same secret in twelve files). Distinct problems at one place never merge.
	RootCause string `json:"rootCause,omitempty"`
	// Instances are the further places of a grouped finding, beyond Location.
	Instances []Instance `json:"instances,omitempty"`
	// Properties carries rule-specific facts (fixed version, commit author, advisory aliases ...).
	Properties  map[string]string `json:"properties,omitempty"`
	Suppression *Suppression      `json:"suppression,omitempty"`
	// BaselineState is "new" or "unchanged" when the review compared against a baseline.
	BaselineState string `json:"baselineState,omitempty"`
}

// Instance is one more place where a grouped finding's root cause shows.
type Instance struct {
	Location    Location `json:"location"`
	Subject     string   `json:"subject,omitempty"`
	Fingerprint string   `json:"fingerprint"`
}

// Occurrences counts the places of a finding: its own and its instances'.
func (f *Finding) Occurrences() int { return 1 + len(f.Instances) }

// Suppressed reports whether the finding is hidden from the gate.
func (f *Finding) Suppressed() bool { return f.Suppression != nil }

// Fingerprint hashes its parts into a stable id. Callers pass the rule id, usually the path, and a
// meaningful identity; never a line number, never a raw secret.
func Fingerprint(parts ...string) string {
	h := sha256.New()
	for i, p := range parts {
		if i > 0 {
			h.Write([]byte{0})
		}
		h.Write([]byte(p))
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}

// secretKey keys the hash that stands for a secret in fingerprints and evidence. It is fixed so that
// fingerprints agree between machines (a baseline written on a laptop matches in CI); being keyed, the
// hashes cannot be looked up in generic hash tables.
var secretKey = []byte("vigil/secret-fingerprint/v1")

// SecretHash is the keyed hash of a secret value, in hex. Use it in place of the value everywhere.
func SecretHash(secret string) string {
	m := hmac.New(sha256.New, secretKey)
	m.Write([]byte(secret))
	return hex.EncodeToString(m.Sum(nil))
}

// Redact renders a secret for evidence: a short prefix (at most 4 characters and never more than a
// quarter of the value), the length and a short keyed hash. The full value never leaves this function.
func Redact(secret string) string {
	n := utf8.RuneCountInString(secret)
	keep := min(4, n/4)
	prefix := string([]rune(secret)[:keep])
	return fmt.Sprintf("%s*** (%d chars, hash %s)", prefix, n, SecretHash(secret)[:12])
}

// Compare orders findings deterministically: by path, line, rule, fingerprint, then message.
func Compare(a, b *Finding) int {
	return cmp.Or(
		strings.Compare(a.Location.Path, b.Location.Path),
		cmp.Compare(a.Location.StartLine, b.Location.StartLine),
		strings.Compare(a.RuleID, b.RuleID),
		strings.Compare(a.Fingerprint, b.Fingerprint),
		strings.Compare(a.Location.Commit, b.Location.Commit),
		strings.Compare(a.Message, b.Message),
	)
}

// Sort sorts findings in place in the order of Compare.
func Sort(fs []Finding) {
	slices.SortStableFunc(fs, func(a, b Finding) int { return Compare(&a, &b) })
}
