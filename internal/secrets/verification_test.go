package secrets

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vigil-sec/vigil/internal/engine"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/secrets/detect"
	"github.com/vigil-sec/vigil/internal/secrets/verify"
)

func TestVerifyMarksFindings(t *testing.T) {
	liveTok := detect.Expand("ghp_‹b62:36›", 1)
	deadTok := detect.Expand("ghp_‹b62:36›", 2)
	calls := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls++
		if strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ") == liveTok {
			w.Write([]byte(`{}`))
			return
		}
		w.WriteHeader(401)
	}))
	defer srv.Close()
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a.env"), []byte("A="+liveTok+"\nB="+deadTok+"\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "b.env"), []byte("A="+liveTok+"\n"), 0o644)
	a := newAnalyzer(t, Options{Verifier: verify.New(srv.Client(), verify.Endpoints{GitHub: srv.URL})})
	rep, err := engine.Review(context.Background(), engine.Config{Target: dir, Analyzers: analyzersOf(a), Concurrency: 1})
	if err != nil {
		t.Fatal(err)
	}
	// The live token in a.env and b.env is one finding with two places.
	if len(rep.Findings) != 2 || rep.Findings[0].Occurrences()+rep.Findings[1].Occurrences() != 3 {
		t.Fatalf("findings: %+v", rep.Findings)
	}
	for _, f := range rep.Findings {
		live := f.Location.StartLine == 1
		switch {
		case live && (f.Properties["verified"] != "live" || f.Severity != finding.Critical):
			t.Errorf("live token: %+v", f)
		case !live && (f.Properties["verified"] != "revoked" || f.Severity != finding.Low):
			t.Errorf("revoked token: %+v", f)
		}
	}
	if calls != 2 {
		t.Errorf("provider called %d times, want once per distinct token", calls)
	}
	// Without the opt-in nothing is sent.
	calls = 0
	if _, err := engine.Review(context.Background(), engine.Config{Target: dir, Analyzers: analyzersOf(newAnalyzer(t, Options{}))}); err != nil {
		t.Fatal(err)
	}
	if calls != 0 {
		t.Error("verification ran without --verify")
	}
}

// --verify also checks secrets found only in history: a token removed from the work tree but still
// live is what an attacker reading the repository's history would use.
func TestVerifyHistorySecrets(t *testing.T) {
	liveTok := detect.Expand("ghp_‹b62:36›", 7)
	calls := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls++
		if strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ") == liveTok {
			w.Write([]byte(`{}`))
			return
		}
		w.WriteHeader(401)
	}))
	defer srv.Close()
	r := newHistoryRepo(t)
	r.commit("alice", map[string]string{"a.env": "GITHUB_TOKEN=" + liveTok + "\n"})
	r.commit("bob", map[string]string{"a.env": "GITHUB_TOKEN=${GITHUB_TOKEN}\n"})
	r.commit("carol", map[string]string{"b.env": "OTHER=" + liveTok + "\n"})

	a := newAnalyzer(t, Options{Verifier: verify.New(srv.Client(), verify.Endpoints{GitHub: srv.URL})})
	var got []finding.Finding
	if _, err := a.ScanHistory(context.Background(), r.repo, HistoryOptions{}, func(f finding.Finding) { got = append(got, f) }); err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("findings %d, want the token at a.env and at b.env", len(got))
	}
	for _, f := range got {
		if f.Properties["verified"] != "live" || f.Severity != finding.Critical {
			t.Errorf("%s: verified=%q severity=%s, want live and critical", f.Location.Path, f.Properties["verified"], f.Severity)
		}
	}
	if calls != 1 {
		t.Errorf("provider called %d times, want once for the one distinct token", calls)
	}
}
