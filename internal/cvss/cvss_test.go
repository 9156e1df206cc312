package cvss

import (
	"testing"

	"github.com/vigil-sec/vigil/internal/finding"
)

// Vectors and scores from the specifications' examples and from NVD's published calculations.
func TestScoresFromTheSpecifications(t *testing.T) {
	cases := []struct {
		vector string
		base   float64
		sev    finding.Severity
	}{
		// CVSS v3.1 specification, examples (Log4Shell CVE-2021-44228 as NVD scored it).
		{"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", 10.0, finding.Critical},
		{"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 9.8, finding.Critical},
		{"CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N", 6.1, finding.Medium},
		{"CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H", 7.8, finding.High},
		{"CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:N/A:N", 3.7, finding.Low},
		{"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N", 0.0, finding.Info},
		// CVSS v3.0 (a PYSEC record of the shared data).
		{"CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N", 7.5, finding.High},
		// CVSS v4.0 specification examples (FIRST calculator values).
		{"CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", 9.3, finding.Critical},
		{"CVSS:4.0/AV:L/AC:L/AT:N/PR:N/UI:P/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N", 8.5, finding.High},
		{"CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N", 0.0, finding.Info},
		// CVSS v2 (Heartbleed as NVD scored it): no critical band.
		{"AV:N/AC:L/Au:N/C:P/I:N/A:N", 5.0, finding.Medium},
		{"AV:N/AC:L/Au:N/C:C/I:C/A:C", 10.0, finding.High},
	}
	for _, c := range cases {
		s, err := Parse(c.vector)
		if err != nil {
			t.Errorf("%s: %v", c.vector, err)
			continue
		}
		if s.Base != c.base || s.Severity() != c.sev {
			t.Errorf("%s: %.1f %s, want %.1f %s", c.vector, s.Base, s.Severity(), c.base, c.sev)
		}
	}
}

func TestBadVectors(t *testing.T) {
	for _, v := range []string{"", "HIGH", "CVSS:3.1/AV:X/AC:L", "CVSS:4.0/AV:N", "CVSS:9.9/AV:N"} {
		if _, err := Parse(v); err == nil {
			t.Errorf("accepted %q", v)
		}
	}
}
