package secrets

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/analysistest"
	"github.com/vigil-sec/vigil/internal/engine"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/secrets/detect"
)

// expandTree copies a testdata folder to a temporary one, expanding the fake-credential templates
// (see detect.Expand), so that no realistic key sits whole in the repository.
func expandTree(t testing.TB, src string) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		out := filepath.Join(dst, rel)
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			return err
		}
		return os.WriteFile(out, []byte(detect.Expand(string(data), 1)), 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

func newAnalyzer(t testing.TB, opts Options) *Analyzer {
	t.Helper()
	a, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestProviders(t *testing.T) {
	analysistest.Run(t, expandTree(t, "testdata/scan/providers"), newAnalyzer(t, Options{}))
}

func TestFalseAlarms(t *testing.T) {
	analysistest.Run(t, expandTree(t, "testdata/scan/falsealarms"), newAnalyzer(t, Options{}))
}

// commitAll makes dir a git repository with everything in it committed.
func commitAll(t *testing.T, dir string) {
	t.Helper()
	r := openHistoryRepo(t, dir)
	r.commit("dev", nil)
}

func TestEnvFileTracked(t *testing.T) {
	dir := expandTree(t, "testdata/scan/app")
	commitAll(t, dir)
	analysistest.Run(t, dir, newAnalyzer(t, Options{}))

	// The same file, untracked, is where a .env belongs.
	plain := expandTree(t, "testdata/scan/app")
	rep, err := engine.Review(context.Background(), engine.Config{Target: plain, Analyzers: analyzersOf(newAnalyzer(t, Options{}))})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range rep.Findings {
		if f.RuleID == envFileTrackedRule.ID {
			t.Errorf("untracked .env reported: %+v", f)
		}
	}
}

func TestFindingShape(t *testing.T) {
	secret := detect.Expand("ghp_‹b62:36›", 9)
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.env"), []byte("X=1\nGITHUB_TOKEN="+secret+"\n"), 0o644)
	os.MkdirAll(filepath.Join(dir, "tests"), 0o755)
	os.WriteFile(filepath.Join(dir, "tests", "b.yaml"), []byte("token: "+secret+"\n"), 0o644)
	rep, err := engine.Review(context.Background(), engine.Config{Target: dir, Analyzers: analyzersOf(newAnalyzer(t, Options{}))})
	if err != nil {
		t.Fatal(err)
	}
	// One secret in two files is one problem with two places; the finding outside tests leads.
	if len(rep.Findings) != 1 || len(rep.Findings[0].Instances) != 1 {
		t.Fatalf("findings = %+v", rep.Findings)
	}
	a, b := rep.Findings[0], rep.Findings[0].Instances[0]
	if a.Fingerprint != b.Fingerprint || a.Subject != finding.SecretHash(secret) || b.Location.Path != "tests/b.yaml" {
		t.Errorf("one secret in two files must be one problem: %s vs %s", a.Fingerprint, b.Fingerprint)
	}
	if a.Location.StartLine != 2 || a.Location.StartColumn != 14 || a.Confidence != "" {
		t.Errorf("location or confidence wrong: %+v", a)
	}
	raw, _ := os.ReadFile(filepath.Join(dir, "a.env"))
	for _, f := range rep.Findings {
		for _, s := range []string{f.Evidence, f.Message, f.Subject, f.Fingerprint} {
			if strings.Contains(s, secret) || strings.Contains(s, secret[4:20]) {
				t.Errorf("the secret leaks into the finding: %q", s)
			}
		}
	}
	if !bytes.Contains(raw, []byte(secret)) {
		t.Fatal("fixture broken")
	}
}

func TestScanExport(t *testing.T) {
	userData := "#!/bin/bash\nexport STRIPE_KEY=" + detect.Expand("sk_live_‹b62:30›", 3) + "\necho ok\n"
	ms := Scan([]byte(userData))
	if len(ms) != 1 || ms[0].RuleID != "secrets/stripe-key" || ms[0].Line != 2 || ms[0].Hash == "" || !strings.Contains(ms[0].Evidence, "chars") {
		t.Fatalf("Scan = %+v", ms)
	}
	if got := userData[ms[0].Start:ms[0].End]; !strings.HasPrefix(got, "sk_live_") {
		t.Errorf("offsets point at %q", got)
	}
	if len(Scan([]byte("nothing here"))) != 0 {
		t.Error("false positive on plain text")
	}
}

func TestIsTestPath(t *testing.T) {
	for p, want := range map[string]bool{
		"internal/x/x_test.go": true, "src/__tests__/a.js": true, "spec/models/user_spec.rb": true, "a/testdata/b.txt": true,
		"web/app.spec.ts": true, "tests/test_api.py": true, "src/main.go": false, "contest/x.go": false, "latest/a.yaml": false,
	} {
		if IsTestPath(p) != want {
			t.Errorf("IsTestPath(%q) = %v", p, !want)
		}
	}
}

func analyzersOf(a *Analyzer) []analysis.Analyzer { return []analysis.Analyzer{a} }

func TestPrivateKeyCanonicalHash(t *testing.T) {
	body := []string{detect.Expand("‹b64:64›", 1), detect.Expand("‹b64:64›", 2), detect.Expand("‹b64:40›", 3)}
	label := "RSA PRIVATE" + " KEY"
	pemFile := "-----BEGIN " + label + "-----\n" + strings.Join(body, "\n") + "\n-----END " + label + "-----\n"
	jsonFile := `{"key": "-----BEGIN ` + label + `-----\n` + strings.Join(body, `\n`) + `\n-----END ` + label + `-----\n"}`
	a, b := Scan([]byte(pemFile)), Scan([]byte(jsonFile))
	if len(a) != 1 || len(b) != 1 || a[0].Hash != b[0].Hash || a[0].RuleID != "secrets/private-key" {
		t.Fatalf("one key written two ways must hash alike: %+v / %+v", a, b)
	}
}
