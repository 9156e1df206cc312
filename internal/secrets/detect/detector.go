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
	// Span, when set, makes the window reach Span bytes past the keyword across lines (PEM blocks);
	// otherwise the window is the keyword's line.
	Span int
	// Valid, when set, is a last check on the secret (a checksum, a structure).
	Valid func(secret string) bool
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
