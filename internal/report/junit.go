package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
)

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Skipped  int          `xml:"skipped,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Skipped  int         `xml:"skipped,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	ClassName string        `xml:"classname,attr"`
	File      string        `xml:"file,attr,omitempty"`
	Line      int           `xml:"line,attr,omitempty"`
	Failure   *junitFailure `xml:"failure,omitempty"`
	Skipped   *junitSkipped `xml:"skipped,omitempty"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Body    string `xml:",chardata"`
}

type junitSkipped struct {
	Message string `xml:"message,attr"`
}

// WriteJUnit renders one test suite per area: each finding is a failed test case (suppressed ones are
// skipped cases), and each rule that found nothing is a passed one, so CI dashboards show coverage.
func WriteJUnit(w io.Writer, r *Report) error {
	out := junitSuites{Name: "vigil"}
	for _, area := range finding.Areas() {
		s := junitSuite{Name: string(area)}
		fired := map[string]bool{}
		for _, f := range r.Findings {
			if f.Area != area {
				continue
			}
			fired[f.RuleID] = true
			c := junitCase{Name: fmt.Sprintf("%s %s", f.RuleID, f.Location), ClassName: f.RuleID, File: f.Location.Path, Line: f.Location.StartLine}
			if sp := f.Suppression; sp != nil {
				c.Skipped = &junitSkipped{Message: fmt.Sprintf("suppressed (%s): %s", sp.Kind, sp.Reason)}
				s.Skipped++
			} else {
				body := []string{f.Message}
				if f.Evidence != "" {
					body = append(body, "Evidence: "+f.Evidence)
				}
				body = append(body, "Remediation: "+f.Remediation, "Location: "+f.Location.String())
				c.Failure = &junitFailure{Message: f.Title, Type: f.Severity.String(), Body: strings.Join(body, "\n")}
				s.Failures++
			}
			s.Cases = append(s.Cases, c)
		}
		for _, rl := range r.Rules {
			if rl.Area == area && !fired[rl.ID] {
				s.Cases = append(s.Cases, junitCase{Name: rl.ID, ClassName: rl.ID})
			}
		}
		s.Tests = len(s.Cases)
		if s.Tests == 0 {
			continue
		}
		out.Tests += s.Tests
		out.Failures += s.Failures
		out.Skipped += s.Skipped
		out.Suites = append(out.Suites, s)
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(out); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}
