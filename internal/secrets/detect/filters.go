package detect

import (
	"math"
	"path"
	"regexp"
	"strings"

	"github.com/vigil-sec/vigil/internal/secretlike"
)

// Entropy is the Shannon entropy of s in bits per byte.
func Entropy(s string) float64 {
	if s == "" {
		return 0
	}
	var counts [256]int
	for i := 0; i < len(s); i++ {
		counts[s[i]]++
	}
	n := float64(len(s))
	h := 0.0
	for _, c := range counts {
		if c > 0 {
			p := float64(c) / n
			h -= p * math.Log2(p)
		}
	}
	return h
}

// placeholderWords mark values that documentation and templates use in place of a real secret.
var placeholderWords = []string{"example", "placeholder", "xxxxx", "your_", "your-", "dummy", "sample", "redacted",
	"changeme", "change_me", "replace_me", "replaceme", "insert_", "fake", "000000000", "123456789", "abcdefgh", "********", "<", ">"}

// Placeholder reports whether a matched secret is an obvious stand-in: it holds a placeholder word,
// or one character makes up most of it.
func Placeholder(secret string) bool {
	l := strings.ToLower(secret)
	for _, w := range placeholderWords {
		if strings.Contains(l, w) {
			return true
		}
	}
	if len(secret) >= 8 {
		var counts [256]int
		top := 0
		for i := 0; i < len(l); i++ {
			counts[l[i]]++
			top = max(top, counts[l[i]])
		}
		if top*2 > len(l) {
			return true
		}
	}
	return false
}

// inDataURI reports whether the offset lies inside the payload of a base64 data URI (an inlined image
// or font), where any short pattern can occur by chance.
func inDataURI(text []byte, at int) bool {
	i := at
	for i > 0 && at-i < 4<<20 && isBase64(text[i-1]) {
		i--
	}
	return i >= 8 && string(text[i-8:i]) == ";base64,"
}

func isBase64(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '=' || c == '-' || c == '_'
}

// fileContext is what a path says about how values are written in a file.
type fileContext struct {
	// code is source code, where an unquoted value is an expression rather than a literal.
	code bool
	// lockfile holds integrity hashes and resolved URLs, never hand-written settings.
	lockfile bool
}

var codeExt = map[string]bool{
	".go": true, ".js": true, ".mjs": true, ".cjs": true, ".ts": true, ".tsx": true, ".jsx": true, ".py": true,
	".rb": true, ".java": true, ".kt": true, ".kts": true, ".scala": true, ".cs": true, ".php": true, ".rs": true,
	".c": true, ".cc": true, ".cpp": true, ".h": true, ".hpp": true, ".swift": true, ".m": true, ".dart": true,
	".groovy": true, ".gradle": true, ".lua": true, ".ex": true, ".exs": true, ".vue": true, ".svelte": true,
}

var lockNames = map[string]bool{
	"package-lock.json": true, "npm-shrinkwrap.json": true, "yarn.lock": true, "pnpm-lock.yaml": true, "go.sum": true,
	"poetry.lock": true, "Pipfile.lock": true, "uv.lock": true, "Cargo.lock": true, "Gemfile.lock": true,
	"composer.lock": true, "packages.lock.json": true, "gradle.lockfile": true, "bun.lock": true,
}

func contextOf(p string) fileContext {
	base := path.Base(p)
	return fileContext{
		code:     codeExt[strings.ToLower(path.Ext(base))] || base == "Jenkinsfile",
		lockfile: lockNames[base],
	}
}

var (
	hexHash    = regexp.MustCompile(`^(?:[a-f0-9]{32}|[a-f0-9]{40}|[a-f0-9]{56}|[a-f0-9]{64}|[a-f0-9]{96}|[a-f0-9]{128}|[A-F0-9]{32}|[A-F0-9]{40}|[A-F0-9]{64})$`)
	uuid       = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)
	digestLike = regexp.MustCompile(`(?i)^(sha1|sha224|sha256|sha384|sha512|md5|blake2b?)[-:]`)
	refLike    = regexp.MustCompile(`^(?:secrets|vars|env|inputs|steps|needs|matrix|github|params|parameters|values|settings|config|self|this|props|local|var)\.`)
	fileLike   = regexp.MustCompile(`(?i)\.(pem|key|crt|cer|p12|pfx|jks|json|ya?ml|txt|env|properties|conf|cfg|ini|toml|xml|md|markdown|rst|adoc|html?)$`)
	wordsOnly  = regexp.MustCompile(`^_*(?:[a-z]+(?:[_-][a-z]+)*|[A-Z]+(?:[_-][A-Z]+)*|[A-Z]?[a-z]+(?:[A-Z][a-z]+)*)_*$`)
	// dottedPath is an expression such as result.AccessToken: identifiers joined by dots, no digits.
	dottedPath = regexp.MustCompile(`^[A-Za-z_$][A-Za-z_$]*(?:\.[A-Za-z_$][A-Za-z_$]*)+$`)
	// numeric is a number, version, OID, address or date, never a secret.
	numeric  = regexp.MustCompile(`^[0-9.:/\-+]+$`)
	dunder   = regexp.MustCompile(`^__[A-Za-z0-9_]+__`)
	passName = regexp.MustCompile(`(?i)pass|pwd`)
)

// genericOK decides whether a secret-looking assignment holds a real literal: the name must say it
// holds a credential, the value must be a literal of credential shape (not a reference, template,
// placeholder, hash, UUID, path or plain word), and generic detectors stay out of minified text and
// lock files.
func genericOK(name, value string, quoted, clipped bool, ctx fileContext) bool {
	if clipped || ctx.lockfile || len(value) > 200 {
		return false
	}
	if name == "PWD" || name == "OLDPWD" {
		return false // the shell's working directory
	}
	if name != "" && !secretlike.Name(name) {
		return false
	}
	if ctx.code && !quoted {
		return false
	}
	if secretlike.IsPlaceholder(value) || refLike.MatchString(value) || hexHash.MatchString(value) ||
		uuid.MatchString(value) || digestLike.MatchString(value) || fileLike.MatchString(value) || wordsOnly.MatchString(value) ||
		dottedPath.MatchString(value) || numeric.MatchString(value) || dunder.MatchString(value) {
		return false
	}
	switch value[0] {
	case '$', '{', '<', '%', '#', '@', '/', '.', '~', '(', '[', '&', '*':
		return false
	}
	if strings.Contains(value, "://") || strings.ContainsAny(value, "()[]") || strings.Contains(value, "{{") {
		return false
	}
	classes := charClasses(value)
	if passName.MatchString(name) {
		return len(value) >= 8 && classes >= 2 && Entropy(value) >= 2.5
	}
	return len(value) >= 16 && classes >= 2 && Entropy(value) >= 3.3
}

func charClasses(s string) int {
	var lower, upper, digit, other int
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			lower = 1
		case c >= 'A' && c <= 'Z':
			upper = 1
		case c >= '0' && c <= '9':
			digit = 1
		default:
			other = 1
		}
	}
	return lower + upper + digit + other
}
