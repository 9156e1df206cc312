package report

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
)

// GitHub code scanning's limits on one upload (docs: "SARIF support for code scanning").
const (
	MaxSARIFResults          = 25000
	maxSARIFRelatedLocations = 1000
	informationURI           = "https://github.com/vigil-sec/vigil"
	srcRoot                  = "%SRCROOT%"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool               sarifTool                  `json:"tool"`
	Invocations        []sarifInvocation          `json:"invocations"`
	OriginalURIBaseIDs map[string]sarifArtifactID `json:"originalUriBaseIds,omitempty"`
	Results            []sarifResult              `json:"results"`
	AutomationDetails  *sarifAutomation           `json:"automationDetails,omitempty"`
	ColumnKind         string                     `json:"columnKind"`
	Properties         map[string]any             `json:"properties,omitempty"`
}

type sarifAutomation struct {
	ID string `json:"id"`
}

type sarifArtifactID struct {
	URI         string        `json:"uri,omitempty"`
	Description *sarifMessage `json:"description,omitempty"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name            string      `json:"name"`
	Version         string      `json:"version,omitempty"`
	SemanticVersion string      `json:"semanticVersion,omitempty"`
	InformationURI  string      `json:"informationUri"`
	Rules           []sarifRule `json:"rules"`
}

type sarifMessage struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifRule struct {
	ID                   string         `json:"id"`
	Name                 string         `json:"name"`
	ShortDescription     sarifMessage   `json:"shortDescription"`
	FullDescription      sarifMessage   `json:"fullDescription"`
	Help                 sarifMessage   `json:"help"`
	HelpURI              string         `json:"helpUri,omitempty"`
	DefaultConfiguration sarifRuleLevel `json:"defaultConfiguration"`
	Properties           map[string]any `json:"properties"`
}

type sarifRuleLevel struct {
	Level string `json:"level"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifMessage      `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	Suppressions        []sarifSuppress   `json:"suppressions,omitempty"`
	BaselineState       string            `json:"baselineState,omitempty"`
	Properties          map[string]any    `json:"properties,omitempty"`
}

type sarifSuppress struct {
	Kind          string `json:"kind"`
	Status        string `json:"status"`
	Justification string `json:"justification,omitempty"`
}

type sarifLocation struct {
	ID               *int          `json:"id,omitempty"`
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
	Message          *sarifMessage `json:"message,omitempty"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region,omitempty"`
}

type sarifArtifact struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	EndLine     int `json:"endLine,omitempty"`
	StartColumn int `json:"startColumn,omitempty"`
	EndColumn   int `json:"endColumn,omitempty"`
}

type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level     string          `json:"level"`
	Message   sarifMessage    `json:"message"`
	Locations []sarifLocation `json:"locations,omitempty"`
}

// SARIFLevel maps a severity to a SARIF level.
func SARIFLevel(s finding.Severity) string {
	switch s {
	case finding.Critical, finding.High:
		return "error"
	case finding.Medium:
		return "warning"
	}
	return "note"
}

// WriteSARIF renders the report as one SARIF 2.1.0 run that GitHub code scanning accepts: rules with
// help, levels and security-severity, the area among each rule's tags, repository-relative paths,
// partialFingerprints, suppressions and baseline states. Above GitHub's 25,000 results per run the
// lowest-severity results are cut and a notification says so.
func WriteSARIF(w io.Writer, r *Report) error {
	rules := slices.Clone(r.Rules)
	slices.SortFunc(rules, func(a, b *rule.Rule) int { return strings.Compare(a.ID, b.ID) })
	index := map[string]int{}
	driver := sarifDriver{Name: "Vigil", Version: r.Tool.Version, InformationURI: informationURI, Rules: []sarifRule{}}
	if sv := strings.TrimPrefix(r.Tool.Version, "v"); sv != "" && sv[0] >= '0' && sv[0] <= '9' {
		driver.SemanticVersion = sv
	}
	for i, rl := range rules {
		index[rl.ID] = i
		driver.Rules = append(driver.Rules, sarifRuleOf(rl))
	}

	// One result per place: GitHub annotates each place of a grouped finding.
	findings := expandInstances(r.Findings)
	var notes []sarifNotification
	if len(findings) > MaxSARIFResults {
		// Keep the most severe; the order within a severity stays the report's order.
		total := len(findings)
		slices.SortStableFunc(findings, func(a, b finding.Finding) int { return int(b.Severity) - int(a.Severity) })
		findings = findings[:MaxSARIFResults]
		finding.Sort(findings)
		notes = append(notes, sarifNotification{Level: "warning", Message: sarifMessage{Text: fmt.Sprintf(
			"This SARIF file holds %d of %d results: GitHub code scanning accepts at most %d per run, so the %d least severe were left out. The JSON report lists them all.",
			MaxSARIFResults, total, MaxSARIFResults, total-MaxSARIFResults)}})
	}
	results := make([]sarifResult, 0, len(findings))
	for _, f := range findings {
		idx, ok := index[f.RuleID]
		if !ok {
			return fmt.Errorf("sarif: finding of rule %s that is not among the report's rules", f.RuleID)
		}
		results = append(results, sarifResultOf(&f, idx))
	}
	for _, s := range r.Skipped {
		n := sarifNotification{Level: "warning", Message: sarifMessage{Text: "Skipped: " + s.Reason}}
		if s.Path != "" && s.Path != "." {
			n.Locations = []sarifLocation{{PhysicalLocation: physical(finding.Location{Path: s.Path, StartLine: s.Line})}}
		}
		notes = append(notes, n)
	}
	for _, msg := range r.Notes {
		notes = append(notes, sarifNotification{Level: "note", Message: sarifMessage{Text: msg}})
	}
	run := sarifRun{
		Tool:        sarifTool{Driver: driver},
		Invocations: []sarifInvocation{{ExecutionSuccessful: true, ToolExecutionNotifications: notes}},
		OriginalURIBaseIDs: map[string]sarifArtifactID{
			srcRoot: {Description: &sarifMessage{Text: "The reviewed root; result paths are relative to it."}},
		},
		Results:    results,
		ColumnKind: "unicodeCodePoints",
	}
	if r.Scope.ChangedSince != "" {
		run.Properties = map[string]any{"changedSince": r.Scope.ChangedSince}
	}
	log := sarifLog{Schema: "https://json.schemastore.org/sarif-2.1.0.json", Version: "2.1.0", Runs: []sarifRun{run}}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(log)
}

// expandInstances turns each grouped finding back into one finding per place.
func expandInstances(fs []finding.Finding) []finding.Finding {
	out := make([]finding.Finding, 0, len(fs))
	for _, f := range fs {
		n := f.Occurrences()
		inst := f.Instances
		f.Instances = nil
		if n > 1 {
			f.Message = fmt.Sprintf("%s (one of %d places with this root cause)", strings.TrimSuffix(f.Message, "."), n)
		}
		out = append(out, f)
		for _, in := range inst {
			g := f
			g.Location, g.Subject, g.Fingerprint = in.Location, in.Subject, in.Fingerprint
			out = append(out, g)
		}
	}
	return out
}

func sarifRuleOf(rl *rule.Rule) sarifRule {
	help := rl.Description + "\n\nRemediation: " + rl.Remediation
	md := fmt.Sprintf("%s\n\n**Remediation:** %s", rl.Description, rl.Remediation)
	if len(rl.References) > 0 {
		help += "\n\nReferences:\n" + strings.Join(rl.References, "\n")
		md += "\n\n**References:**\n"
		for _, ref := range rl.References {
			md += "\n- " + ref
		}
	}
	sr := sarifRule{
		ID:                   rl.ID,
		Name:                 pascal(rl.ID),
		ShortDescription:     sarifMessage{Text: rl.Title},
		FullDescription:      sarifMessage{Text: rl.Description},
		Help:                 sarifMessage{Text: help, Markdown: md},
		DefaultConfiguration: sarifRuleLevel{Level: SARIFLevel(rl.Severity)},
		Properties: map[string]any{
			"tags":              []string{"security", string(rl.Area)},
			"security-severity": fmt.Sprintf("%.1f", rl.Severity.Score()),
			"precision":         "high",
			"problem.severity":  problemSeverity(rl.Severity),
		},
	}
	if len(rl.References) > 0 && strings.HasPrefix(rl.References[0], "https://") {
		sr.HelpURI = rl.References[0]
	}
	return sr
}

func problemSeverity(s finding.Severity) string {
	switch s {
	case finding.Critical, finding.High:
		return "error"
	case finding.Medium:
		return "warning"
	}
	return "recommendation"
}

func sarifResultOf(f *finding.Finding, ruleIndex int) sarifResult {
	msg := f.Message
	if f.Evidence != "" {
		msg += " Evidence: " + oneLine(f.Evidence, 200)
	}
	res := sarifResult{
		RuleID:              f.RuleID,
		RuleIndex:           ruleIndex,
		Level:               SARIFLevel(f.Severity),
		Message:             sarifMessage{Text: ensurePeriod(msg)},
		Locations:           []sarifLocation{{PhysicalLocation: physical(f.Location)}},
		PartialFingerprints: map[string]string{"vigil/v1": f.Fingerprint},
		BaselineState:       f.BaselineState,
	}
	for i, rel := range f.Related {
		if i == maxSARIFRelatedLocations {
			break
		}
		id := i + 1
		loc := sarifLocation{ID: &id, PhysicalLocation: physical(rel)}
		if rel.Label != "" {
			loc.Message = &sarifMessage{Text: rel.Label}
		}
		res.RelatedLocations = append(res.RelatedLocations, loc)
	}
	if s := f.Suppression; s != nil {
		kind := "external"
		if s.Kind == finding.SuppressedInline {
			kind = "inSource"
		}
		res.Suppressions = []sarifSuppress{{Kind: kind, Status: "accepted", Justification: s.Reason}}
	}
	// The rule's own facts (advisory ids and fixed versions, commit author ...) as in JSON; the keys
	// below are SARIF-wide and win over a property of the same name.
	props := make(map[string]any, len(f.Properties)+5)
	for k, v := range f.Properties {
		props[k] = v
	}
	props["severity"], props["area"] = f.Severity.String(), string(f.Area)
	if f.Confidence != "" {
		props["confidence"] = string(f.Confidence)
	}
	if f.Location.Commit != "" {
		props["commit"] = f.Location.Commit
	}
	if f.Priority != 0 {
		props["priority"] = f.Priority
	}
	res.Properties = props
	return res
}

func physical(l finding.Location) sarifPhysical {
	p := sarifPhysical{ArtifactLocation: sarifArtifact{URI: uriPath(l.Path), URIBaseID: srcRoot}}
	if l.StartLine > 0 {
		p.Region = &sarifRegion{StartLine: l.StartLine, StartColumn: l.StartColumn, EndColumn: l.EndColumn}
		if l.EndLine > l.StartLine {
			p.Region.EndLine = l.EndLine
		}
	}
	return p
}

// uriPath escapes a relative path for a URI reference, keeping slashes.
func uriPath(p string) string {
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c < 0x80 && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("/-._~!$&'()*+,;=:@", c) >= 0) {
			b.WriteByte(c)
			continue
		}
		fmt.Fprintf(&b, "%%%02X", c)
	}
	return b.String()
}

func pascal(id string) string {
	var b strings.Builder
	up := true
	for _, c := range id {
		if c == '/' || c == '-' {
			up = true
			continue
		}
		if up && c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		up = false
		b.WriteRune(c)
	}
	return b.String()
}

func ensurePeriod(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") {
		return s
	}
	return s + "."
}
