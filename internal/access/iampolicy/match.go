package iampolicy

import (
	"regexp"
	"strings"
	"sync"
)

// MatchAction reports whether an action pattern ("iam:Pass*", "s3:Get?bject", "*") matches an
// action. Action names are case-insensitive; `*` matches any run of characters and `?` one.
func MatchAction(pattern, action string) bool { return globFold(pattern, action) }

// lower folds an ASCII letter to lower case; action names are ASCII.
func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// globFold is the classic linear wildcard match with one backtrack point, folding ASCII case.
func globFold(p, s string) bool {
	pi, si := 0, 0
	star, mark := -1, 0
	for si < len(s) {
		switch {
		case pi < len(p) && (p[pi] == '?' || lower(p[pi]) == lower(s[si])):
			pi++
			si++
		case pi < len(p) && p[pi] == '*':
			star, mark = pi, si
			pi++
		case star >= 0:
			pi = star + 1
			mark++
			si = mark
		default:
			return false
		}
	}
	for pi < len(p) && p[pi] == '*' {
		pi++
	}
	return pi == len(p)
}

// ServiceOf returns the service prefix of an action ("iam" for "iam:PassRole"), lower-cased.
func ServiceOf(action string) string {
	svc, _, _ := strings.Cut(action, ":")
	return strings.ToLower(svc)
}

// MatchResource reports whether a resource pattern matches a resource ARN, as IAM does: the
// comparison is case-sensitive; `*` and `?` match within one colon-separated segment, except that
// a `*` ending a segment may run on across colons; policy variables (${aws:username}) match any
// value within a segment. A bare "*" matches everything.
func MatchResource(pattern, arn string) bool {
	if pattern == "*" {
		return true
	}
	if !strings.ContainsAny(pattern, "*?$") {
		return pattern == arn
	}
	return resourceRegexp(pattern).MatchString(arn)
}

// CoversAll reports whether a resource pattern matches every resource.
func CoversAll(pattern string) bool { return strings.Trim(pattern, "*") == "" && pattern != "" }

var (
	reMu    sync.Mutex
	reCache = map[string]*regexp.Regexp{}
)

const reCacheMax = 4096

func resourceRegexp(pattern string) *regexp.Regexp {
	reMu.Lock()
	re, ok := reCache[pattern]
	reMu.Unlock()
	if ok {
		return re
	}
	var b strings.Builder
	b.WriteString(`^`)
	for i := 0; i < len(pattern); i++ {
		c := pattern[i]
		switch {
		case c == '*':
			if i+1 == len(pattern) || pattern[i+1] == ':' {
				b.WriteString(`.*`)
			} else {
				b.WriteString(`[^:]*`)
			}
		case c == '?':
			b.WriteString(`[^:]`)
		case c == '$' && i+1 < len(pattern) && pattern[i+1] == '{':
			end := strings.IndexByte(pattern[i:], '}')
			if end < 0 {
				b.WriteString(regexp.QuoteMeta(pattern[i:]))
				i = len(pattern)
				continue
			}
			switch pattern[i+2 : i+end] {
			case "*", "?", "$":
				b.WriteString(regexp.QuoteMeta(pattern[i+2 : i+end]))
			default:
				b.WriteString(`[^:]*`)
			}
			i += end
		default:
			b.WriteString(regexp.QuoteMeta(pattern[i : i+1]))
		}
	}
	b.WriteString(`$`)
	re, err := regexp.Compile(b.String())
	if err != nil {
		// Not valid UTF-8: nothing but the pattern itself can match.
		re = regexp.MustCompile(`^` + regexp.QuoteMeta(strings.ToValidUTF8(pattern, "\uFFFD")) + `$`)
	}
	reMu.Lock()
	if len(reCache) >= reCacheMax {
		clear(reCache)
	}
	reCache[pattern] = re
	reMu.Unlock()
	return re
}
