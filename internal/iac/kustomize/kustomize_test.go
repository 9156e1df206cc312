package kustomize

import (
	"strings"
	"testing"

	"github.com/vigil-sec/vigil/internal/analysistest"
	"github.com/vigil-sec/vigil/internal/iac/kubernetes"
)

func TestOverlaysBuildOfflineAndPointAtBases(t *testing.T) {
	rep := analysistest.Run(t, "testdata/k", kubernetes.New(New()))
	var remote, broken bool
	for _, s := range rep.Skipped {
		remote = remote || (s.Path == "overlays/prod/kustomization.yaml" && s.Line == 4 && strings.Contains(s.Reason, "not fetched"))
		broken = broken || (s.Path == "overlays/broken" && strings.Contains(s.Reason, "kustomize:"))
	}
	if !remote || !broken {
		t.Errorf("skips = %+v; want the remote base and the broken overlay", rep.Skipped)
	}
	for _, f := range rep.Findings {
		if f.RuleID == "config/k8s-privileged-container" && f.Properties["renderedFrom"] != "kustomize:overlays/prod" {
			t.Errorf("privileged finding does not name the overlay: %+v", f)
		}
	}
}

func TestPinnedRef(t *testing.T) {
	for in, want := range map[string]bool{
		"github.com/a/b//x":               false,
		"github.com/a/b//x?ref=main":      false,
		"github.com/a/b//x?ref=v1.2.3":    true,
		"https://github.com/a/b?ref=3f2a": true,
	} {
		if pinnedRef(in) != want {
			t.Errorf("pinnedRef(%q) = %v", in, !want)
		}
	}
}
