package secrets

import (
	"encoding/base64"
	"encoding/json"
	"strings"

	"github.com/vigil-sec/vigil/internal/secretlike"
)

// weakPasswords are the passwords of documentation, local development defaults and examples: a URL
// that carries one is not a leaked credential.
var weakPasswords = map[string]bool{
	"password": true, "pass": true, "passwd": true, "pwd": true, "secret": true, "changeme": true, "root": true,
	"admin": true, "postgres": true, "mysql": true, "user": true, "test": true, "guest": true, "example": true,
	"redis": true, "rabbitmq": true, "mongo": true, "sa": true, "token": true, "foo": true, "bar": true, "x": true,
	"x-oauth-basic": true, "p": true, "pw": true, "pa55word": true, "default": true, "demo": true, "letmein": true,
}

// realPassword reports whether a password found in a URL or connection string is a literal worth
// reporting: not a placeholder, variable, format verb or well-known default.
func realPassword(pw string) bool {
	if len(pw) < 3 || len(pw) > 256 || weakPasswords[strings.ToLower(pw)] || secretlike.IsPlaceholder(pw) {
		return false
	}
	switch pw[0] {
	case '$', '%', '{', '<', '[', '*', ':', '@':
		return false
	}
	return !strings.Contains(pw, "{{") && !strings.Contains(pw, "${")
}

// validJWT reports whether a dotted token is a signed JWT: a JSON header naming an algorithm other
// than none, a JSON payload, and not the jwt.io example.
func validJWT(tok string) bool {
	parts := strings.Split(tok, ".")
	if len(parts) != 3 || parts[2] == "" {
		return false
	}
	var header struct {
		Alg string `json:"alg"`
	}
	h, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(parts[0], "="))
	if err != nil || json.Unmarshal(h, &header) != nil || header.Alg == "" || strings.EqualFold(header.Alg, "none") {
		return false
	}
	p, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(parts[1], "="))
	if err != nil || !json.Valid(p) {
		return false
	}
	return !strings.Contains(string(p), `"John Doe"`) && !strings.Contains(string(p), `"sub":"1234567890"`)
}

// basicAuthBlob reports whether a base64 value decodes to user:password with a real password, as in
// the auths of a Docker config.json.
func basicAuthBlob(v string) bool {
	b, err := base64.StdEncoding.DecodeString(v)
	if err != nil {
		return false
	}
	user, pw, ok := strings.Cut(string(b), ":")
	if !ok || user == "" {
		return false
	}
	for _, r := range string(b) {
		if r < 0x20 || r > 0x7e {
			return false
		}
	}
	return realPassword(pw)
}
