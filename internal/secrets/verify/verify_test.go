package verify

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// TestSigV4 checks the signer against the worked example of the AWS Signature Version 4 documentation
// (GET iam ListUsers, 2015-08-30T12:36:00Z, the documented example key).
func TestSigV4(t *testing.T) {
	req, _ := http.NewRequest(http.MethodGet, "https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08", nil)
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
	secret := "wJalrXUtnFEMI/K7MDENG+bPxRfiCY" + "EXAMPLEKEY"
	signV4(req, nil, "AKIDEXAMPLE", secret, "us-east-1", "iam", time.Date(2015, 8, 30, 12, 36, 0, 0, time.UTC))
	want := "Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7"
	if got := req.Header.Get("Authorization"); !strings.HasSuffix(got, want) ||
		!strings.Contains(got, "Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request") {
		t.Errorf("Authorization = %s", got)
	}
}

// fakeProviders answers like the real identity endpoints for one live credential of each kind.
func fakeProviders(t *testing.T, live map[string]bool) *httptest.Server {
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/user":
			if live[strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")] {
				w.Write([]byte(`{"login":"octo"}`))
				return
			}
			w.WriteHeader(401)
		case r.URL.Path == "/api/v4/personal_access_tokens/self":
			if live[r.Header.Get("PRIVATE-TOKEN")] {
				w.Write([]byte(`{"id":1}`))
				return
			}
			w.WriteHeader(401)
		case r.URL.Path == "/auth.test":
			if live[strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")] {
				w.Write([]byte(`{"ok":true}`))
				return
			}
			w.Write([]byte(`{"ok":false,"error":"invalid_auth"}`))
		case r.URL.Path == "/v1/account":
			user, _, _ := r.BasicAuth()
			if live[user] {
				w.Write([]byte(`{"id":"acct_1"}`))
				return
			}
			w.WriteHeader(401)
		case r.URL.Path == "/" && r.Method == http.MethodPost:
			auth := r.Header.Get("Authorization")
			if !strings.HasPrefix(auth, "AWS4-HMAC-SHA256 Credential=") || r.Header.Get("X-Amz-Date") == "" {
				w.WriteHeader(400)
				return
			}
			keyID := strings.TrimPrefix(strings.Split(auth, "/")[0], "AWS4-HMAC-SHA256 Credential=")
			if live[keyID] {
				w.Write([]byte(`<GetCallerIdentityResponse><Arn>arn:aws:iam::123456789012:user/ci</Arn></GetCallerIdentityResponse>`))
				return
			}
			w.WriteHeader(403)
			w.Write([]byte(`<ErrorResponse><Error><Code>InvalidClientTokenId</Code></Error></ErrorResponse>`))
		default:
			t.Errorf("unexpected request %s %s", r.Method, r.URL)
			w.WriteHeader(404)
		}
	}))
}

func TestVerifyAll(t *testing.T) {
	live := map[string]bool{"gh-live": true, "gl-live": true, "slack-live": true, "stripe-live": true, "AKIALIVE": true}
	srv := fakeProviders(t, live)
	defer srv.Close()
	v := New(srv.Client(), Endpoints{AWS: srv.URL, GitHub: srv.URL, GitLab: srv.URL, Slack: srv.URL, Stripe: srv.URL})
	cands := []Candidate{
		{DetectorID: "github-pat", Secret: "gh-live"},
		{DetectorID: "github-pat", Secret: "gh-dead"},
		{DetectorID: "gitlab-pat", Secret: "gl-live"},
		{DetectorID: "slack-bot-token", Secret: "slack-dead"},
		{DetectorID: "slack-bot-token", Secret: "slack-live"},
		{DetectorID: "stripe-live-secret-key", Secret: "stripe-live"},
		{DetectorID: "aws-access-key-id", Secret: "AKIALIVE", Line: 1},
		{DetectorID: "aws-secret-access-key", Secret: "s3cr3t", Line: 2},
		{DetectorID: "aws-access-key-id", Secret: "AKIADEAD", Line: 9},
		{DetectorID: "sendgrid-api-key", Secret: "SG.x"},
	}
	got := v.VerifyAll(context.Background(), cands)
	want := []Result{Live, Revoked, Live, Revoked, Live, Live, Live, Live, Unsupported, Unsupported}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("%s %s: %q, want %q", cands[i].DetectorID, cands[i].Secret, got[i], want[i])
		}
	}
}

func TestUnreachableIsUnknown(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(500) }))
	url := srv.URL
	srv.Close()
	v := New(nil, Endpoints{GitHub: url})
	if got := v.VerifyAll(context.Background(), []Candidate{{DetectorID: "github-pat", Secret: "x"}}); got[0] != Unknown {
		t.Errorf("unreachable provider gave %q", got[0])
	}
}
