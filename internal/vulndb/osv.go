// Package vulndb keeps an offline copy of vulnerability records in the OSV schema: it imports JSON
// files, directories and the per-ecosystem all.zip archives that OSV publishes, updates them from a
// configurable base URL with conditional requests and atomic replacement, stores them in an
// embedded SQLite database indexed by package, and matches installed versions against the records'
// `affected` entries exactly as the OSV schema defines.
package vulndb

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/vigil-sec/vigil/internal/deps"
)

// Vuln is one OSV record, with the fields a review uses.
type Vuln struct {
	SchemaVersion string      `json:"schema_version,omitempty"`
	ID            string      `json:"id"`
	Modified      time.Time   `json:"modified"`
	Published     time.Time   `json:"published,omitzero"`
	Withdrawn     time.Time   `json:"withdrawn,omitzero"`
	Aliases       []string    `json:"aliases,omitempty"`
	Related       []string    `json:"related,omitempty"`
	Summary       string      `json:"summary,omitempty"`
	Details       string      `json:"details,omitempty"`
	Severity      []Severity  `json:"severity,omitempty"`
	Affected      []Affected  `json:"affected,omitempty"`
	References    []Reference `json:"references,omitempty"`
	// DatabaseSpecific carries, among others, GitHub's qualitative "severity".
	DatabaseSpecific json.RawMessage `json:"database_specific,omitempty"`
}

// Severity is a scored severity ("CVSS_V3" with a vector, or "Ubuntu" with a word).
type Severity struct {
	Type  string `json:"type"`
	Score string `json:"score"`
}

// Affected names a package and the versions of it that a record affects.
type Affected struct {
	Package           Package         `json:"package"`
	Severity          []Severity      `json:"severity,omitempty"`
	Ranges            []Range         `json:"ranges,omitempty"`
	Versions          []string        `json:"versions,omitempty"`
	EcosystemSpecific json.RawMessage `json:"ecosystem_specific,omitempty"`
	DatabaseSpecific  json.RawMessage `json:"database_specific,omitempty"`
}

// Package identifies a package in an ecosystem.
type Package struct {
	Ecosystem string `json:"ecosystem"`
	Name      string `json:"name"`
	Purl      string `json:"purl,omitempty"`
}

// Range is a SEMVER, ECOSYSTEM or GIT range of events.
type Range struct {
	Type   string  `json:"type"`
	Repo   string  `json:"repo,omitempty"`
	Events []Event `json:"events"`
}

// Event is one event of a range; exactly one field is set.
type Event struct {
	Introduced   string `json:"introduced,omitempty"`
	Fixed        string `json:"fixed,omitempty"`
	LastAffected string `json:"last_affected,omitempty"`
	Limit        string `json:"limit,omitempty"`
}

// Reference is a link of a record.
type Reference struct {
	Type string `json:"type"`
	URL  string `json:"url"`
}

// Range types.
const (
	RangeSemVer    = "SEMVER"
	RangeEcosystem = "ECOSYSTEM"
	RangeGit       = "GIT"
)

// ParseVuln decodes and checks one record.
func ParseVuln(data []byte) (*Vuln, error) {
	var v Vuln
	if err := json.Unmarshal(data, &v); err != nil {
		return nil, fmt.Errorf("not an OSV record: %w", err)
	}
	if err := v.Validate(); err != nil {
		return nil, err
	}
	return &v, nil
}

// Validate checks what matching relies on: an id, a modified time, and well-formed affected
// entries and events.
func (v *Vuln) Validate() error {
	if v.ID == "" {
		return errors.New("OSV record without an id")
	}
	if strings.ContainsAny(v.ID, " \t\n/\\") {
		return fmt.Errorf("OSV record id %q is not a valid id", v.ID)
	}
	for i, a := range v.Affected {
		if a.Package.Ecosystem == "" && a.Package.Name == "" && len(a.Ranges) == 0 {
			return fmt.Errorf("%s: affected[%d] names no package and no range", v.ID, i)
		}
		for j, r := range a.Ranges {
			switch r.Type {
			case RangeSemVer, RangeEcosystem, RangeGit:
			default:
				return fmt.Errorf("%s: affected[%d].ranges[%d]: unknown range type %q", v.ID, i, j, r.Type)
			}
			for k, e := range r.Events {
				n := 0
				for _, s := range []string{e.Introduced, e.Fixed, e.LastAffected, e.Limit} {
					if s != "" {
						n++
					}
				}
				if n != 1 {
					return fmt.Errorf("%s: affected[%d].ranges[%d].events[%d] must set exactly one of introduced, fixed, last_affected, limit", v.ID, i, j, k)
				}
			}
		}
	}
	return nil
}

// IDs returns the record's id and aliases.
func (v *Vuln) IDs() []string { return append([]string{v.ID}, v.Aliases...) }

// NormalizeName is the form under which a package name is indexed and looked up (see
// deps.NormalizeName).
func NormalizeName(ecosystem, name string) string { return deps.NormalizeName(ecosystem, name) }
