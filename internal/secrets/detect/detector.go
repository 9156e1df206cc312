// Package detect finds credentials in text. A Scanner runs a keyword prefilter (Aho-Corasick) over the
// text and runs a detector's regular expression only on the windows around that detector's keyword
// hits; a text that holds none of a detector's keywords never meets its expression. Matches then pass
// false-alarm filters (placeholders, references, hashes, low entropy, data URIs) before they are
// returned.
package detect

import (
	"fmt"
	"regexp"
	"strings"
)

// Window is the text around a keyword hit that a detector's pattern reads.
type Window int

const (
	// WindowLine is the keyword's line (clipped to a few hundred bytes on each side). Overlapping
	// windows of one detector merge, and the pattern may match anywhere in them.
	WindowLine Window = iota
	// WindowAfter starts a little before the keyword (64 bytes, within its line) and reaches Reach
	// bytes past it, for credentials that start with or near their keyword. Overlapping windows merge.
	WindowAfter
	// WindowName starts where the name holding the keyword starts (`DB_PASSWORD = ...` for a hit on
	// "pass"), for assignments; the pattern should be anchored with ^.
	WindowName
)

// Detector finds one type of credential.
type Detector struct {
	// ID is stable and unique ("github-fine-grained-pat").
	ID string
	// Name is what people call the credential ("GitHub fine-grained personal access token").
	Name string
	// Keywords are literals, matched case-insensitively, of which one appears in or near every match.
	Keywords []string
	// Pattern is an RE2 expression. The secret is its group named "secret", else group 1, else the
	// whole match.
	Pattern string
	// MinEntropy is the least Shannon entropy (bits per byte) of the secret; zero skips the check.
	MinEntropy float64
	// Window says which text around a keyword hit the pattern reads (WindowLine when unset).
	Window Window
	// Reach bounds a WindowAfter or WindowName window: that many bytes past the keyword, within its
	// line. Zero means 320.
	Reach int
	// Requires, when set, is a literal that every match contains; a window without it is not read.
	Requires string
	// Span, when set, makes the window reach Span bytes past the keyword across lines (PEM blocks).
	Span int
	// Valid, when set, is a last check on the secret (a checksum, a structure).
	Valid func(secret string) bool
	// Canonical, when set, rewrites the secret before it is hashed, so that one credential written two
	// ways (a PEM block with real newlines and with \n escapes) is one secret.
	Canonical func(secret string) string
	// Generic marks detectors that guess from context rather than from a credential's own format:
	// they face stricter false-alarm filters and give way to a specific detector on the same text.
	Generic bool
	// Yield marks detectors of a broad shape (a JWT, a URL with a password) that give way to a specific
	// detector matching the same text. Generic detectors always yield.
	Yield bool
	// LowImpact marks credentials of test or sandbox modes (Stripe sk_test_), reported at a lower
	// severity.
	LowImpact bool
	// TruePositives must each yield a match of this detector; FalsePositives must yield none. They
	// are templates (see Expand) so that fake keys of a real shape never sit whole in the source.
	TruePositives  []string
	FalsePositives []string

	re        *regexp.Regexp
	secretIdx int
}

func (d *Detector) compile() error {
	if d.ID == "" || d.Name == "" || d.Pattern == "" || len(d.Keywords) == 0 {
		return fmt.Errorf("detector %q: id, name, pattern and keywords are required", d.ID)
	}
	for _, k := range d.Keywords {
		if k == "" || k != strings.ToLower(k) {
			return fmt.Errorf("detector %s: keyword %q must be non-empty lower case", d.ID, k)
		}
	}
	re, err := regexp.Compile(d.Pattern)
	if err != nil {
		return fmt.Errorf("detector %s: %w", d.ID, err)
	}
	d.re = re
	d.secretIdx = 0
	if i := re.SubexpIndex("secret"); i > 0 {
		d.secretIdx = i
	} else if re.NumSubexp() > 0 {
		d.secretIdx = 1
	}
	return nil
}
