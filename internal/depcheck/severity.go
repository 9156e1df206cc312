package depcheck

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/vigil-sec/vigil/internal/cvss"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/vulndb"
)

// rating is a record's severity and where it came from.
type rating struct {
	Severity finding.Severity
	Score    *cvss.Score
	// Source says how it was decided: "CVSS v3.1", "GitHub rating HIGH", "unrated".
	Source string
}

// cvssPreference orders the OSV severity types: the newest CVSS version that parses wins.
var cvssPreference = []string{"CVSS_V4", "CVSS_V3", "CVSS_V2"}

// rate computes a record's severity for one affected entry: from a CVSS vector (the entry's own,
// else the record's), computed from the vector; else from the ecosystem's qualitative rating
// (GitHub's database_specific.severity, an entry's ecosystem_specific or database_specific
// severity, Ubuntu's priority words). Unrated records are medium.
func rate(v *vulndb.Vuln, a *vulndb.Affected) rating {
	var lists [][]vulndb.Severity
	if a != nil {
		lists = append(lists, a.Severity)
	}
	lists = append(lists, v.Severity)
	for _, list := range lists {
		for _, typ := range cvssPreference {
			for _, s := range list {
				if s.Type != typ {
					continue
				}
				if sc, err := cvss.Parse(s.Score); err == nil {
					return rating{Severity: sc.Severity(), Score: &sc, Source: "CVSS v" + sc.Version}
				}
			}
		}
	}
	var raws []json.RawMessage
	raws = append(raws, v.DatabaseSpecific)
	if a != nil {
		raws = append(raws, a.EcosystemSpecific, a.DatabaseSpecific)
	}
	for _, raw := range raws {
		var ds struct {
			Severity any `json:"severity"`
		}
		if len(raw) == 0 || json.Unmarshal(raw, &ds) != nil {
			continue
		}
		if word, ok := ds.Severity.(string); ok {
			if s, ok := qualitative(word); ok {
				return rating{Severity: s, Source: fmt.Sprintf("ecosystem rating %s", strings.ToUpper(word))}
			}
		}
	}
	for _, list := range lists {
		for _, s := range list {
			if sev, ok := qualitative(s.Score); ok && !strings.HasPrefix(s.Type, "CVSS") {
				return rating{Severity: sev, Source: fmt.Sprintf("%s rating %s", s.Type, s.Score)}
			}
		}
	}
	return rating{Severity: finding.Medium, Source: "unrated (medium by default)"}
}

// qualitative reads the rating words of GitHub, Ubuntu, Debian and others.
func qualitative(word string) (finding.Severity, bool) {
	switch strings.ToLower(strings.TrimSpace(word)) {
	case "critical":
		return finding.Critical, true
	case "high", "important":
		return finding.High, true
	case "moderate", "medium":
		return finding.Medium, true
	case "low", "negligible", "unimportant":
		return finding.Low, true
	}
	return finding.SeverityUnknown, false
}
