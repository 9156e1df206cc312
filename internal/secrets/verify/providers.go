package verify

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
)

// github calls GET /user. A 403 also means the token authenticated (an installation token may not
// read /user); 401 means it is revoked or expired.
func (v *Verifier) github(ctx context.Context, token string) Result {
	return v.status(ctx, v.ep.GitHub+"/user", func(r *http.Request) {
		r.Header.Set("Authorization", "Bearer "+token)
		r.Header.Set("Accept", "application/vnd.github+json")
	}, []int{200, 403}, []int{401})
}

// gitlab calls GET /api/v4/personal_access_tokens/self.
func (v *Verifier) gitlab(ctx context.Context, token string) Result {
	return v.status(ctx, v.ep.GitLab+"/api/v4/personal_access_tokens/self", func(r *http.Request) {
		r.Header.Set("PRIVATE-TOKEN", token)
	}, []int{200}, []int{401})
}

// status sends an authenticated GET and judges the credential by the status alone.
func (v *Verifier) status(ctx context.Context, url string, auth func(*http.Request), live, dead []int) Result {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return Unknown
	}
	auth(req)
	r, resp := v.do(req, live, dead)
	closeBody(resp)
	return r
}

// slack calls auth.test, which answers 200 either way and says ok or an error in JSON.
func (v *Verifier) slack(ctx context.Context, token string) Result {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, v.ep.Slack+"/auth.test", nil)
	if err != nil {
		return Unknown
	}
	req.Header.Set("Authorization", "Bearer "+token)
	r, resp := v.do(req, []int{200}, nil)
	if resp == nil {
		return r
	}
	defer closeBody(resp)
	if r != Live {
		return r
	}
	var body struct {
		OK    bool   `json:"ok"`
		Error string `json:"error"`
	}
	if json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&body) != nil {
		return Unknown
	}
	switch {
	case body.OK:
		return Live
	case body.Error == "invalid_auth" || body.Error == "token_revoked" || body.Error == "account_inactive" || body.Error == "token_expired":
		return Revoked
	}
	return Unknown
}

// stripe calls GET /v1/account with the key as the basic-auth user. A restricted key without the
// permission gets 403, which still proves it live.
func (v *Verifier) stripe(ctx context.Context, key string) Result {
	return v.status(ctx, v.ep.Stripe+"/v1/account", func(r *http.Request) { r.SetBasicAuth(key, "") }, []int{200, 403}, []int{401})
}

// aws calls STS GetCallerIdentity, signed with Signature Version 4. InvalidClientTokenId and
// SignatureDoesNotMatch mean the pair does not work.
func (v *Verifier) aws(ctx context.Context, keyID, secret string) Result {
	const body = "Action=GetCallerIdentity&Version=2011-06-15"
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, v.ep.AWS+"/", strings.NewReader(body))
	if err != nil {
		return Unknown
	}
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
	signV4(req, []byte(body), keyID, secret, "us-east-1", "sts", v.now())
	r, resp := v.do(req, []int{200}, nil)
	if resp == nil {
		return r
	}
	defer closeBody(resp)
	if r == Live {
		return Live
	}
	if resp.StatusCode == 403 {
		b, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
		if strings.Contains(string(b), "InvalidClientTokenId") || strings.Contains(string(b), "SignatureDoesNotMatch") {
			return Revoked
		}
	}
	return Unknown
}

func closeBody(resp *http.Response) {
	if resp != nil {
		io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<20))
		resp.Body.Close()
	}
}
