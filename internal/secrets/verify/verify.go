// Package verify checks whether found credentials are live, through each provider's documented
// read-only identity endpoint (AWS STS GetCallerIdentity, GitHub /user, GitLab
// /personal_access_tokens/self, Slack auth.test, Stripe /v1/account). It is an explicit opt-in
// (--verify): nothing here runs during a review unless the user asked for it. Endpoints are
// configurable so that tests run against local servers.
package verify

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"strings"
	"sync"
	"time"
)

// Result is the outcome of a check.
type Result string

// Results. Unsupported means no check exists for that kind of credential.
const (
	Live        Result = "live"
	Revoked     Result = "revoked"
	Unknown     Result = "unknown"
	Unsupported Result = ""
)

// Endpoints are the providers' base URLs; empty fields take the public defaults.
type Endpoints struct {
	AWS    string // STS, default https://sts.amazonaws.com/
	GitHub string // default https://api.github.com
	GitLab string // default https://gitlab.com
	Slack  string // default https://slack.com/api
	Stripe string // default https://api.stripe.com
}

func (e Endpoints) withDefaults() Endpoints {
	def := func(v, d string) string {
		if v == "" {
			return d
		}
		return strings.TrimRight(v, "/")
	}
	return Endpoints{
		AWS:    def(e.AWS, "https://sts.amazonaws.com"),
		GitHub: def(e.GitHub, "https://api.github.com"),
		GitLab: def(e.GitLab, "https://gitlab.com"),
		Slack:  def(e.Slack, "https://slack.com/api"),
		Stripe: def(e.Stripe, "https://api.stripe.com"),
	}
}

// Candidate is one credential found in a file.
type Candidate struct {
	DetectorID string
	Secret     string
	Line       int
}

// Verifier runs checks, each distinct credential once. It is safe for concurrent use.
type Verifier struct {
	client *http.Client
	ep     Endpoints
	now    func() time.Time

	mu    sync.Mutex
	cache map[string]Result
}

// New makes a verifier; a nil client means one with a 10-second timeout.
func New(client *http.Client, ep Endpoints) *Verifier {
	if client == nil {
		client = &http.Client{Timeout: 10 * time.Second}
	}
	return &Verifier{client: client, ep: ep.withDefaults(), now: time.Now, cache: map[string]Result{}}
}

// VerifyAll checks the credentials found in one file; results line up with cands. An AWS secret
// access key is checked with the access key id nearest to it in the same file, and both get the result.
func (v *Verifier) VerifyAll(ctx context.Context, cands []Candidate) []Result {
	out := make([]Result, len(cands))
	for i, c := range cands {
		switch c.DetectorID {
		case "aws-secret-access-key":
			if j := nearest(cands, i, "aws-access-key-id"); j >= 0 {
				out[i] = v.memo(ctx, "aws\x00"+cands[j].Secret+"\x00"+c.Secret, func() Result {
					return v.aws(ctx, cands[j].Secret, c.Secret)
				})
				out[j] = out[i]
			}
		case "aws-access-key-id":
			// Set with its secret, above; alone it cannot be checked.
		default:
			check := v.checkFor(c.DetectorID)
			if check != nil {
				out[i] = v.memo(ctx, c.DetectorID+"\x00"+c.Secret, func() Result { return check(ctx, c.Secret) })
			}
		}
	}
	return out
}

func nearest(cands []Candidate, i int, id string) int {
	best, dist := -1, 1<<30
	for j, c := range cands {
		if c.DetectorID == id {
			if d := abs(c.Line - cands[i].Line); d < dist {
				best, dist = j, d
			}
		}
	}
	return best
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func (v *Verifier) memo(ctx context.Context, key string, fn func() Result) Result {
	sum := sha256.Sum256([]byte(key))
	k := hex.EncodeToString(sum[:])
	v.mu.Lock()
	r, ok := v.cache[k]
	v.mu.Unlock()
	if ok {
		return r
	}
	if ctx.Err() != nil {
		return Unknown
	}
	r = fn()
	v.mu.Lock()
	v.cache[k] = r
	v.mu.Unlock()
	return r
}

func (v *Verifier) checkFor(detectorID string) func(context.Context, string) Result {
	switch detectorID {
	case "github-pat", "github-fine-grained-pat", "github-oauth-token", "github-user-to-server-token", "github-app-installation-token":
		return v.github
	case "gitlab-pat":
		return v.gitlab
	case "slack-bot-token", "slack-user-token", "slack-legacy-token":
		return v.slack
	case "stripe-live-secret-key", "stripe-restricted-key", "stripe-test-secret-key":
		return v.stripe
	}
	return nil
}

// do sends a request and maps the status: ok statuses mean live, dead statuses revoked, anything else
// (including network errors) unknown.
func (v *Verifier) do(req *http.Request, live, dead []int) (Result, *http.Response) {
	req.Header.Set("User-Agent", "vigil-secret-verify")
	resp, err := v.client.Do(req)
	if err != nil {
		return Unknown, nil
	}
	for _, s := range live {
		if resp.StatusCode == s {
			return Live, resp
		}
	}
	for _, s := range dead {
		if resp.StatusCode == s {
			return Revoked, resp
		}
	}
	return Unknown, resp
}

func hmacSHA256(key []byte, data string) []byte {
	m := hmac.New(sha256.New, key)
	m.Write([]byte(data))
	return m.Sum(nil)
}
