// Package cvss computes a base score and a severity from a CVSS vector (v2, v3.0, v3.1 or v4.0)
// through github.com/pandatix/go-cvss, which implements each version's specification. Scores are
// computed from the vector, never taken from a record's own number.
package cvss

import (
	"fmt"
	"math"
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"

	gocvss20 "github.com/pandatix/go-cvss/20"
	gocvss30 "github.com/pandatix/go-cvss/30"
	gocvss31 "github.com/pandatix/go-cvss/31"
	gocvss40 "github.com/pandatix/go-cvss/40"
)

// Score is a computed base score.
type Score struct {
	Version string  // "2.0", "3.0", "3.1", "4.0"
	Base    float64 // 0.0-10.0, one decimal
	Vector  string
}

// Parse computes the base score of a vector. The version is read from the vector's prefix
// ("CVSS:3.1/", "CVSS:4.0/"); a vector without one is CVSS v2.
func Parse(vector string) (Score, error) {
	v := strings.TrimSpace(vector)
	var s Score
	switch {
	case strings.HasPrefix(v, "CVSS:4.0/"):
		c, err := gocvss40.ParseVector(v)
		if err != nil {
			return s, fmt.Errorf("CVSS v4.0 vector %q: %w", v, err)
		}
		s = Score{Version: "4.0", Base: c.Score()}
	case strings.HasPrefix(v, "CVSS:3.1/"):
		c, err := gocvss31.ParseVector(v)
		if err != nil {
			return s, fmt.Errorf("CVSS v3.1 vector %q: %w", v, err)
		}
		s = Score{Version: "3.1", Base: c.BaseScore()}
	case strings.HasPrefix(v, "CVSS:3.0/"):
		c, err := gocvss30.ParseVector(v)
		if err != nil {
			return s, fmt.Errorf("CVSS v3.0 vector %q: %w", v, err)
		}
		s = Score{Version: "3.0", Base: c.BaseScore()}
	case strings.HasPrefix(v, "AV:"):
		c, err := gocvss20.ParseVector(strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(v, "("), "CVSS:2.0/"), ")"))
		if err != nil {
			return s, fmt.Errorf("CVSS v2 vector %q: %w", v, err)
		}
		s = Score{Version: "2.0", Base: c.BaseScore()}
	default:
		return s, fmt.Errorf("not a CVSS vector: %q", v)
	}
	s.Base = math.Round(s.Base*10) / 10
	s.Vector = v
	return s, nil
}

// Severity maps the score to a finding severity with the qualitative scale of CVSS v3 and v4
// (critical 9.0-10.0, high 7.0-8.9, medium 4.0-6.9, low 0.1-3.9, none 0). CVSS v2 has no critical
// band: 7.0-10.0 is high.
func (s Score) Severity() finding.Severity {
	switch {
	case s.Base >= 9.0 && s.Version != "2.0":
		return finding.Critical
	case s.Base >= 7.0:
		return finding.High
	case s.Base >= 4.0:
		return finding.Medium
	case s.Base > 0:
		return finding.Low
	}
	return finding.Info
}
