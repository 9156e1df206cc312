// Package finding defines what a review reports: a Finding with its Severity, Area, Location,
// redacted Evidence and a stable Fingerprint.
package finding

import (
	"fmt"
	"strings"
)

// Severity orders findings from Info (lowest) to Critical (highest).
type Severity int

// Severities, lowest first. The zero value is not a valid severity so that a forgotten field is caught.
const (
	SeverityUnknown Severity = iota
	Info
	Low
	Medium
	High
	Critical
)

var severityNames = [...]string{"unknown", "info", "low", "medium", "high", "critical"}

// Severities lists every valid severity, highest first.
func Severities() []Severity { return []Severity{Critical, High, Medium, Low, Info} }

func (s Severity) String() string {
	if s < 0 || int(s) >= len(severityNames) {
		return "unknown"
	}
	return severityNames[s]
}

// Valid reports whether s is one of the five defined severities.
func (s Severity) Valid() bool { return s >= Info && s <= Critical }

// ParseSeverity reads a severity name, case-insensitively.
func ParseSeverity(name string) (Severity, error) {
	n := strings.ToLower(strings.TrimSpace(name))
	for i, v := range severityNames {
		if i > 0 && v == n {
			return Severity(i), nil
		}
	}
	return SeverityUnknown, fmt.Errorf("unknown severity %q (want one of critical, high, medium, low, info)", name)
}

// MarshalText writes the severity's name.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a severity name.
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// Score is the numeric security severity used by SARIF consumers such as GitHub code scanning
// (critical > 9.0, high 7.0-8.9, medium 4.0-6.9, low 0.1-3.9).
func (s Severity) Score() float64 {
	switch s {
	case Critical:
		return 9.5
	case High:
		return 8.0
	case Medium:
		return 5.5
	case Low:
		return 3.0
	case Info:
		return 0.5
	}
	return 0
}
