package helm

import (
	"strings"
	"testing"

	"github.com/vigil-sec/vigil/internal/analysistest"
	"github.com/vigil-sec/vigil/internal/iac/kubernetes"
)

func TestChartsRenderAndPointAtTemplates(t *testing.T) {
	rep := analysistest.Run(t, "testdata/charts", kubernetes.New(New(Options{})))
	var broken bool
	for _, s := range rep.Skipped {
		if s.Path == "broken" && strings.Contains(s.Reason, "do not render") && strings.Contains(s.Reason, "nosuchfunction") {
			broken = true
		}
	}
	if !broken {
		t.Errorf("the broken chart is not reported as skipped with Helm's reason: %+v", rep.Skipped)
	}
	for _, f := range rep.Findings {
		if f.Properties["renderedFrom"] != "helm:web" {
			t.Errorf("finding %s at %s does not say it was rendered from the chart: %v", f.RuleID, f.Location, f.Properties)
		}
	}
}

func TestAlignLines(t *testing.T) {
	tpl := strings.Split("a: 1\nb: {{ .x }}\nc:\n  {{- toYaml .y | nindent 2 }}\nd: 4\n", "\n")
	out := strings.Split("a: 1\nb: hello\nc:\n  p: true\n  q: false\nd: 4\n", "\n")
	got := alignLines(tpl, out)
	want := []int{0, 1, 2, 3, 4, 4, 5}
	for i := 1; i < len(want); i++ {
		if got[i] != want[i] {
			t.Errorf("rendered line %d maps to %d, want %d (all: %v)", i, got[i], want[i], got)
		}
	}
}
