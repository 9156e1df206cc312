package kubernetes_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/engine"
	"github.com/vigil-sec/vigil/internal/iac/helm"
	"github.com/vigil-sec/vigil/internal/iac/kubernetes"
	"github.com/vigil-sec/vigil/internal/iac/kustomize"
	"github.com/vigil-sec/vigil/internal/workspace"
)

// billionLaughs is a YAML alias bomb: ten levels of ten aliases each.
func billionLaughs(prefix string) string {
	var b strings.Builder
	b.WriteString(prefix)
	b.WriteString("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n")
	for i := 1; i < 10; i++ {
		fmt.Fprintf(&b, "a%d: &a%d [", i, i)
		for j := 0; j < 10; j++ {
			if j > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "*a%d", i-1)
		}
		b.WriteString("]\n")
	}
	return b.String()
}

func write(t *testing.T, root, rel, content string) {
	t.Helper()
	p := filepath.Join(root, rel)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestHostileInputIsSkippedWithBoundedMemory feeds alias bombs, a 50 MB document, deep nesting and
// broken charts to a review: each must come back as a clear per-file skip, the good manifest must
// still be reviewed, and the review must not allocate without bound.
func TestHostileInputIsSkippedWithBoundedMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 50 MB file")
	}
	root := t.TempDir()
	head := "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n"
	write(t, root, "bomb.yaml", billionLaughs(head))
	write(t, root, "deep.yaml", head+"data: "+strings.Repeat("[", 50_000)+strings.Repeat("]", 50_000)+"\n")
	write(t, root, "big.yaml", head+"data:\n  blob: \""+strings.Repeat("x", 50<<20)+"\"\n")
	write(t, root, "good.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: p, namespace: a}\nspec:\n  hostPID: true\n  containers: [{name: c, image: nginx:1.29.1}]\n")
	write(t, root, "chart/Chart.yaml", "apiVersion: v2\nname: bomb\nversion: 0.1.0\n")
	write(t, root, "chart/values.yaml", billionLaughs(""))
	write(t, root, "chart/templates/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata: {v: {{ .Values.a9 | toJson | quote }}}\n")
	write(t, root, "deepchart/Chart.yaml", "apiVersion: v2\nname: deep\nversion: 0.1.0\n")
	write(t, root, "deepchart/values.yaml", "v: "+strings.Repeat("[", 20_000)+strings.Repeat("]", 20_000)+"\n")
	write(t, root, "deepchart/templates/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: d}\ndata: {v: {{ .Values.v | toJson | quote }}}\n")
	write(t, root, "kbomb/kustomization.yaml", "resources: [cm.yaml]\n")
	write(t, root, "kbomb/cm.yaml", billionLaughs(head))

	var before runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	k := kubernetes.New(helm.New(helm.Options{}), kustomize.New())
	rep, err := engine.Review(context.Background(), engine.Config{
		Target: root, Analyzers: []analysis.Analyzer{k}, Walk: workspace.Options{MaxFileSize: 64 << 20},
	})
	if err != nil {
		t.Fatal(err)
	}
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 3<<30 {
		t.Errorf("the review allocated %d MiB", alloc>>20)
	}
	reasons := map[string]string{}
	for _, s := range rep.Skipped {
		reasons[s.Path] += s.Reason + "; "
	}
	for path, want := range map[string]string{
		"bomb.yaml": "alias", "deep.yaml": "", "big.yaml": "byte limit", "chart": "", "deepchart": "", "kbomb": "",
	} {
		got, ok := reasons[path]
		if !ok || !strings.Contains(got, want) {
			t.Errorf("%s: skip reason %q, want one mentioning %q (all: %v)", path, got, want, reasons)
		}
	}
	found := false
	for _, f := range rep.Findings {
		found = found || (f.Location.Path == "good.yaml" && f.RuleID == "config/k8s-host-pid")
	}
	if !found {
		t.Error("the good manifest was not reviewed after the hostile ones")
	}
}
