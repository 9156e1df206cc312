// Package secretlike answers the two questions that every "plaintext secret where a reference
// belongs" rule asks, whatever the file format: does this name hold a secret, and is this value a
// literal (a problem) or a reference to a secret store, a variable or a placeholder (the good pattern)?
package secretlike

import (
	"regexp"
	"strings"
)

// secretName matches names of settings that hold credentials. Words are matched at name-part
// boundaries, so "password" and "DB_PASSWORD" match but "passwordless" and "token_url" do not.
var secretName = regexp.MustCompile(`(?i)(^|[^a-z0-9])(pass(word|wd|phrase)?|pwd|secret|secret[_-]?key|client[_-]?secret|` +
	`token|auth[_-]?token|access[_-]?token|refresh[_-]?token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|` +
	`credentials?|connection[_-]?string|conn[_-]?str|signing[_-]?key|encryption[_-]?key|master[_-]?key|` +
	`webhook[_-]?url|dsn)([^a-z0-9]|$)`)

// notSecretName matches names that contain a secret word but name something else: a path to a
// secret, a secret's id or ARN, a length, a flag.
var notSecretName = regexp.MustCompile(`(?i)(file|path|dir|arn|_id$|-id$|^id$|name|length|len$|min|max|policy|rotation|` +
	`enabled|required|expir|ttl|type|version|url|uri|endpoint|header|mount|ref$|_ref|ref_|key_?id|keyid|count|hash)`)

// webhookName matches webhook URL settings, which carry their token in the URL.
var webhookName = regexp.MustCompile(`(?i)webhook[_-]?ur[li]`)

// Name reports whether a setting's name says it holds a credential. camelCase names count by their
// words ("dbPassword" is "db_Password").
func Name(name string) bool {
	if !secretName.MatchString(name) && !secretName.MatchString(splitCamel(name)) {
		return false
	}
	if webhookName.MatchString(name) {
		return true
	}
	// Split camelCase so "secretArn" is judged as "secret_arn".
	return !notSecretName.MatchString(splitCamel(name))
}

func splitCamel(s string) string {
	var b strings.Builder
	for i, r := range s {
		if i > 0 && r >= 'A' && r <= 'Z' && s[i-1] >= 'a' && s[i-1] <= 'z' {
			b.WriteByte('_')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// referencePatterns recognise values that point at a secret instead of holding it.
var referencePatterns = []*regexp.Regexp{
	regexp.MustCompile(`^\$\{\{.*\}\}$`),                        // GitHub Actions expression: ${{ secrets.X }}
	regexp.MustCompile(`^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$`),      // $VAR or ${VAR}
	regexp.MustCompile(`^\$\{[A-Za-z_][A-Za-z0-9_]*[:?-].*\}$`), // ${VAR:-default}, ${VAR?}
	regexp.MustCompile(`^\$\([A-Za-z_][A-Za-z0-9_.]*\)$`),       // $(VAR) (Azure Pipelines, Kubernetes)
	regexp.MustCompile(`^%\{?[A-Za-z_][A-Za-z0-9_]*\}?%?$`),     // %VAR% or %{VAR}
	regexp.MustCompile(`^\{\{.*\}\}$`),                          // Go/Jinja/Helm template
	regexp.MustCompile(`^<%.*%>$`),                              // ERB
	regexp.MustCompile(`^#\{.*\}$`),                             // Ruby/Octopus interpolation
	regexp.MustCompile(`(?i)^(arn:aws[a-z-]*:(secretsmanager|ssm|kms):)`),
	regexp.MustCompile(`(?i)^(vault:|ref\+|sm://|gcp:secretmanager:|projects/[^/]+/secrets/|azurekeyvault:|@Microsoft\.KeyVault\()`),
	regexp.MustCompile(`(?i)^https://[a-z0-9-]+\.vault\.azure\.net/secrets/`),
	regexp.MustCompile(`(?i)^(aws-secretsmanager|aws-ssm|ssm|secretsmanager|awssm|akv|gcpsm|doppler|op|bw|env|file):`),
	regexp.MustCompile(`(?i)^(os\.getenv|os\.environ|process\.env|env\(|getenv\(|System\.getenv|ENV\[|var\.|local\.|data\.|module\.)`),
}

// IsReference reports whether a value refers to a secret held elsewhere (a vault, a secret store, an
// environment variable, a CI secret, a template value) rather than holding it.
func IsReference(value string) bool {
	v := strings.TrimSpace(value)
	if v == "" {
		return false
	}
	for _, re := range referencePatterns {
		if re.MatchString(v) {
			return true
		}
	}
	return false
}

var placeholderPatterns = []*regexp.Regexp{
	regexp.MustCompile(`(?i)^<[^<>]*>$`),     // <token>
	regexp.MustCompile(`(?i)^\[[^\[\]]*\]$`), // [password]
	regexp.MustCompile(`(?i)^(x+|\*+|\.+|-+|_+|#+|0+|1234(5678?)?|12345678|abc123|n/?a|none|null|nil|undefined|true|false|todo|tbd|fixme)$`),
	regexp.MustCompile(`(?i)(example|placeholder|changeme|change[_-]me|replace[_-]?me|your[_-]|my[_-]?(secret|password|token|key)|dummy|sample|fake|redacted|secret_here|insert[_-]|put[_-]your|xxxx|\*\*\*\*)`),
}

// IsPlaceholder reports whether a value is obviously not a real secret: empty, a placeholder such as
// "<token>", "changeme" or "xxxx", or a reference (see IsReference).
func IsPlaceholder(value string) bool {
	v := strings.Trim(strings.TrimSpace(value), `"'`)
	if v == "" || IsReference(v) {
		return true
	}
	for _, re := range placeholderPatterns {
		if re.MatchString(v) {
			return true
		}
	}
	return false
}

// Literal reports whether value is a literal secret as far as posture rules care: present, and not a
// reference to a secret held elsewhere. Weak literals such as "changeme" count: a committed default
// password is a plaintext secret too.
func Literal(value string) bool {
	v := strings.Trim(strings.TrimSpace(value), `"'`)
	return v != "" && !IsReference(v)
}
