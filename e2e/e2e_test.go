// Package e2e runs the real vigil binary on the bundled examples and compares its output with golden
// files (refresh with `go test ./e2e -update` and review the diff).
package e2e

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/vigil-sec/vigil/internal/osvtest"
	"github.com/vigil-sec/vigil/internal/report"
)

var update = flag.Bool("update", false, "rewrite golden files")

// asOf pins every date-dependent rule so that golden files do not age.
const asOf = "2026-11-29"

var binary, vulnDB string

func TestMain(m *testing.M) {
	flag.Parse()
	dir, err := os.MkdirTemp("", "vigil-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	binary = filepath.Join(dir, "vigil")
	build := exec.Command("go", "build", "-ldflags", "-X github.com/vigil-sec/vigil/internal/cli.version=0.0.0-e2e", "-o", binary, "../cmd/vigil")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "build vigil:", err)
		os.Exit(2)
	}
	// A real OSV database (the Go advisories in shared/data/osv) so that dependency findings are
	// reviewed end to end; goldens never depend on the user's own cache.
	vulnDB = filepath.Join(dir, "osv.db")
	if err := importOSV(binary, vulnDB); err != nil {
		fmt.Fprintln(os.Stderr, "import OSV records:", err)
		os.Exit(2)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

func importOSV(binary, db string) error {
	root, err := osvtest.Find()
	if err != nil {
		return err
	}
	if out, err := exec.Command(binary, "db", "import", filepath.Join(root, "go"), "--db", db).CombinedOutput(); err != nil {
		return fmt.Errorf("%v: %s", err, out)
	}
	return nil
}

// vigil runs the binary from the repository root, so that paths in reports are as a user sees them.
func vigil(t *testing.T, args ...string) (int, []byte, string) {
	t.Helper()
	if len(args) > 0 && args[0] == "review" {
		args = append(args, "--db", vulnDB)
	}
	cmd := exec.Command(binary, args...)
	cmd.Dir = ".."
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return code, out.Bytes(), errb.String()
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./e2e -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from its golden file: run go test ./e2e -update and review the diff", name)
	}
}

func decode(t *testing.T, data []byte) *report.Report {
	t.Helper()
	var r report.Report
	if err := json.Unmarshal(data, &r); err != nil {
		t.Fatalf("JSON output: %v\n%s", err, data)
	}
	return &r
}

func TestInsecureExample(t *testing.T) {
	code, out, stderr := vigil(t, "review", "examples/insecure-app", "--format", "json", "--as-of", asOf, "--fail-on", "high")
	if code != 1 {
		t.Fatalf("exit %d, want 1 (gate failed): %s", code, stderr)
	}
	golden(t, "insecure-app.json", out)
	rep := decode(t, out)
	areas := map[string]int{}
	raw := 0
	for _, f := range rep.Findings {
		areas[string(f.Area)]++
		raw += 1 + len(f.Instances)
	}
	for _, a := range []string{"pipeline", "dependencies", "access", "config", "secrets", "runtime"} {
		if areas[a] == 0 {
			t.Errorf("the insecure example has no %s finding", a)
		}
	}
	// Grouping loses nothing and the report says how many places there are.
	if rep.Summary.Occurrences != raw || rep.Summary.Total != len(rep.Findings) {
		t.Errorf("summary %+v, findings %d, places %d", rep.Summary, len(rep.Findings), raw)
	}
	if raw <= len(rep.Findings) {
		t.Errorf("nothing was grouped: %d findings for %d places", len(rep.Findings), raw)
	}
	// The example's fake credentials never appear in full.
	for _, secret := range []string{"9xQe7Lw2pR4tY6uI8oP0aS1dF3gH5jK7lZ9xC2vB", "Sup3rS3cretPw", "Orders-Prod-2024!"} {
		if bytes.Contains(out, []byte(secret)) {
			t.Errorf("the report prints a secret in full: %s…", secret[:4])
		}
	}
}

func TestInsecureExampleText(t *testing.T) {
	code, out, _ := vigil(t, "review", "examples/insecure-app", "--as-of", asOf)
	if code != 0 {
		t.Fatalf("exit %d without --fail-on", code)
	}
	golden(t, "insecure-app.txt", out)
	if !bytes.Contains(out, []byte("FIX THESE FIRST")) || bytes.Contains(out, []byte("\x1b[")) {
		t.Errorf("text report lacks the fix-first list or has colour off a terminal")
	}
}

func TestHardenedExamplePassesStrictGate(t *testing.T) {
	code, out, stderr := vigil(t, "review", "examples/hardened-app", "--format", "json", "--as-of", asOf, "--fail-on", "low")
	if code != 0 {
		rep := decode(t, out)
		for _, f := range rep.Active() {
			t.Errorf("%s %s: %s", f.RuleID, f.Location, f.Message)
		}
		t.Fatalf("exit %d, want 0: %s", code, stderr)
	}
	golden(t, "hardened-app.json", out)
}

func TestBadInputIsNamedAndTheReviewGoesOn(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"k8s/broken.yaml":         "apiVersion: v1\nkind: Pod\nmetadata:\n  name: [unclosed\n",
		"infra/broken.tf":         "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \n",
		".github/workflows/x.yml": "on: push\njobs:\n  a:\n    steps: [\n",
		"ok.txt":                  "nothing here\n",
	}
	for rel, body := range files {
		p := filepath.Join(dir, rel)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(body), 0o644)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := vigil(t, "review", dir, "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	rep := decode(t, out)
	skipped := map[string]int{}
	for _, s := range rep.Skipped {
		skipped[s.Path] = s.Line
	}
	for _, p := range []string{"k8s/broken.yaml", "infra/broken.tf", ".github/workflows/x.yml", "pipe"} {
		line, ok := skipped[p]
		if !ok {
			t.Errorf("%s not listed as skipped: %+v", p, rep.Skipped)
		} else if p != "pipe" && line == 0 {
			t.Errorf("%s skipped without a line", p)
		}
	}
	if rep.Scope.Files != 4 {
		t.Errorf("files reviewed = %d, want the 4 regular files", rep.Scope.Files)
	}
}

func TestSARIFGoesToAFile(t *testing.T) {
	out := filepath.Join(t.TempDir(), "vigil.sarif")
	code, _, stderr := vigil(t, "review", "examples/insecure-app", "--format", "sarif", "--output", out, "--fail-on", "critical", "--as-of", asOf)
	if code != 1 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	data, err := os.ReadFile(out)
	if err != nil || !strings.Contains(string(data), `"partialFingerprints"`) {
		t.Fatalf("SARIF file: %v", err)
	}
}
