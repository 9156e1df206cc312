package cli

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vigil-sec/vigil/internal/analyzers"
)

// runReal runs vigil with the real analyzers.
func runReal(args ...string) (int, string, string) { return execute(analyzers.All, args...) }

// `vigil images refresh` writes data that a review then uses through --eol-data.
func TestImagesRefreshFeedsTheReview(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/api/alpine.json" {
			fmt.Fprint(w, `[{"cycle":"3.99","eol":"2026-01-01"},{"cycle":"4.0","eol":false}]`)
			return
		}
		fmt.Fprint(w, `[]`)
	}))
	defer srv.Close()
	data := filepath.Join(t.TempDir(), "eol.json")
	code, out, stderr := runReal("images", "refresh", "--api", srv.URL+"/api", "--output", data)
	if code != 0 || !strings.Contains(out, "data: "+data) {
		t.Fatalf("refresh: exit %d: %s %s", code, out, stderr)
	}
	root := repo(t, map[string]string{"Dockerfile": "FROM alpine:3.99\nUSER 1000\nHEALTHCHECK CMD true\n"})
	args := []string{"review", root, "--format", "json", "--as-of", "2026-11-29", "--area", "config", "-q"}
	_, without, _ := runReal(args...)
	if strings.Contains(without, "config/image-end-of-life") {
		t.Fatalf("the shipped data does not know alpine 3.99, yet it was reported")
	}
	_, with, stderr := runReal(append(args, "--eol-data", data)...)
	if !strings.Contains(with, `"config/image-end-of-life"`) || !strings.Contains(with, "alpine") {
		t.Fatalf("the refreshed data was not used: %s %s", with, stderr)
	}
	if code, _, stderr := runReal(append(args, "--eol-data", filepath.Join(root, "missing.json"))...); code != ExitToolError || !strings.Contains(stderr, "--eol-data") {
		t.Fatalf("a missing data file: exit %d, %s", code, stderr)
	}
}

// --values reaches the Helm renderer: a chart that is safe by default is reviewed with the values
// the user deploys with.
func TestHelmValuesFlag(t *testing.T) {
	root := repo(t, map[string]string{
		"chart/Chart.yaml":  "apiVersion: v2\nname: web\nversion: 0.1.0\n",
		"chart/values.yaml": "privileged: false\n",
		"chart/templates/pod.yaml": `apiVersion: v1
kind: Pod
metadata:
  name: web
  namespace: shop
spec:
  containers:
    - name: app
      image: nginx:1.27.3
      securityContext:
        privileged: {{ .Values.privileged }}
`,
	})
	values := filepath.Join(t.TempDir(), "prod.yaml")
	if err := writeFile(values, "privileged: true\n"); err != nil {
		t.Fatal(err)
	}
	args := []string{"review", root, "--format", "json", "--area", "config", "-q"}
	_, without, _ := runReal(args...)
	if strings.Contains(without, "config/k8s-privileged-container") {
		t.Fatalf("privileged reported from the chart's safe defaults")
	}
	_, with, stderr := runReal(append(args, "--values", values)...)
	if !strings.Contains(with, `"config/k8s-privileged-container"`) {
		t.Fatalf("--values was not applied: %s %s", with, stderr)
	}
}

func writeFile(path, content string) error { return os.WriteFile(path, []byte(content), 0o644) }

// The evidence thresholds and the patch SLA come from .vigil.yaml.
func TestThresholdsFromConfig(t *testing.T) {
	header := "user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated\n"
	// A key rotated 60 days before the review, used yesterday.
	row := "deploy,arn:aws:iam::444455556666:user/deploy,2024-01-01T00:00:00+00:00,false,N/A,N/A,N/A,false,true,2026-09-30T00:00:00+00:00,2026-11-28T00:00:00+00:00,us-east-1,s3,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A\n"
	evidenceDir := repo(t, map[string]string{"credential-report.csv": header + row})
	args := func(root string) []string {
		return []string{"access", root, "--evidence", evidenceDir, "--format", "json", "--as-of", "2026-11-29", "-q"}
	}
	plain := repo(t, map[string]string{"README.md": "service\n"})
	if _, out, stderr := runReal(args(plain)...); strings.Contains(out, "access/aws-access-key-not-rotated") || stderr != "" {
		t.Fatalf("a 60-day-old key reported under the default 90-day limit: %s %s", out, stderr)
	}
	strict := repo(t, map[string]string{".vigil.yaml": "version: 1\naccess:\n  key-max-age-days: 30\n"})
	if _, out, stderr := runReal(args(strict)...); !strings.Contains(out, `"access/aws-access-key-not-rotated"`) {
		t.Fatalf("a 30-day limit from .vigil.yaml was not applied: %s %s", out, stderr)
	}
	bad := repo(t, map[string]string{".vigil.yaml": "version: 1\ndependencies:\n  patch-sla-days: {urgent: 3}\n"})
	if code, _, stderr := runReal(args(bad)...); code != ExitToolError || !strings.Contains(stderr, "patch-sla-days") {
		t.Fatalf("an unknown severity in patch-sla-days: exit %d, %s", code, stderr)
	}
}
