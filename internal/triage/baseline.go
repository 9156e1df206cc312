package triage

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
)

// Baseline is a record of known findings: only findings absent from it are new. It stores
// fingerprints, rule ids and paths, never evidence or secret values.
type Baseline struct {
	Version  int             `json:"version"`
	Findings []BaselineEntry `json:"findings"`

	known map[string]bool
}

// BaselineEntry is one known finding.
type BaselineEntry struct {
	Fingerprint string `json:"fingerprint"`
	RuleID      string `json:"ruleId"`
	Path        string `json:"path"`
}

// NewBaseline records the given findings (suppressed ones included: an ignore that later expires
// should not make an old finding look new).
func NewBaseline(fs []finding.Finding) *Baseline {
	b := &Baseline{Version: 1, Findings: []BaselineEntry{}}
	seen := map[string]bool{}
	for _, f := range fs {
		if seen[f.Fingerprint] {
			continue
		}
		seen[f.Fingerprint] = true
		b.Findings = append(b.Findings, BaselineEntry{Fingerprint: f.Fingerprint, RuleID: f.RuleID, Path: f.Location.Path})
	}
	slices.SortFunc(b.Findings, func(a, b BaselineEntry) int {
		if c := strings.Compare(a.Path, b.Path); c != 0 {
			return c
		}
		if c := strings.Compare(a.RuleID, b.RuleID); c != 0 {
			return c
		}
		return strings.Compare(a.Fingerprint, b.Fingerprint)
	})
	return b
}

// LoadBaseline reads a baseline file.
func LoadBaseline(path string) (*Baseline, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("baseline: %w", err)
	}
	var b Baseline
	if err := json.Unmarshal(data, &b); err != nil {
		return nil, fmt.Errorf("baseline %s: %w", path, err)
	}
	if b.Version != 1 {
		return nil, fmt.Errorf("baseline %s: unsupported version %d", path, b.Version)
	}
	return &b, nil
}

// Write saves the baseline as indented JSON.
func (b *Baseline) Write(path string) error {
	data, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(data, '\n'), 0o644)
}

// Has reports whether the fingerprint is known.
func (b *Baseline) Has(fp string) bool {
	if b.known == nil {
		b.known = make(map[string]bool, len(b.Findings))
		for _, e := range b.Findings {
			b.known[e.Fingerprint] = true
		}
	}
	return b.known[fp]
}
