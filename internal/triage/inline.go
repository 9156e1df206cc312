package triage

import (
	"bytes"
	"regexp"
	"strings"
	"time"
)

// Directive is an inline ignore: a comment that opens with vigil:ignore, a rule id and a reason. It covers findings of the
// named rules that start on its own line or on the line below it.
type Directive struct {
	Path    string
	Line    int
	Rules   []string
	Reason  string
	Expires string
	// Problem is set when the directive is malformed and so ignores nothing.
	Problem string

	expires time.Time
}

var (
	inlineMarker = []byte("vigil:ignore")
	// The directive must open a comment: it follows "#", "//", "/*", "<!--", "--", ";" or "%".
	directiveRe = regexp.MustCompile(`(?:^|\s|[^\w:])(?:#|//|/\*|<!--|--|;|%|\{\{-?\s*/\*)\s*vigil:ignore(?:[ \t]+([^\r\n]*)|$)`)
	ruleListRe  = regexp.MustCompile(`^[a-z]+/[a-z0-9-]+(,[a-z]+/[a-z0-9-]+)*$`)
	expiresRe   = regexp.MustCompile(`\s*\b(?:expires|until)=(\S+)`)
	// Characters that close a comment and are not part of the reason.
	commentClose = strings.NewReplacer("-->", "", "*/", "", "#}", "", "%>", "")
)

// ParseInline finds the inline ignores in a file's content.
func ParseInline(path string, content []byte) []Directive {
	if !bytes.Contains(content, inlineMarker) {
		return nil
	}
	var out []Directive
	line := 1
	for len(content) > 0 {
		end := bytes.IndexByte(content, '\n')
		text := content
		if end >= 0 {
			text = content[:end]
		}
		if bytes.Contains(text, inlineMarker) {
			if m := directiveRe.FindSubmatch(text); m != nil {
				out = append(out, parseDirective(path, line, string(m[1])))
			}
		}
		if end < 0 {
			break
		}
		content = content[end+1:]
		line++
	}
	return out
}

func parseDirective(path string, line int, rest string) Directive {
	d := Directive{Path: path, Line: line}
	rest = strings.TrimSpace(commentClose.Replace(rest))
	if m := expiresRe.FindStringSubmatch(rest); m != nil {
		d.Expires = m[1]
		rest = strings.TrimSpace(strings.Replace(rest, m[0], "", 1))
		t, err := time.Parse(time.DateOnly, d.Expires)
		if err != nil {
			d.Problem = "expiry " + d.Expires + " is not a date (YYYY-MM-DD)"
			return d
		}
		d.expires = t
	}
	ids, reason, _ := strings.Cut(rest, " ")
	if !ruleListRe.MatchString(ids) {
		d.Problem = "vigil:ignore must name a rule id (area/slug) first"
		return d
	}
	d.Rules = strings.Split(ids, ",")
	d.Reason = strings.TrimSpace(reason)
	if d.Reason == "" {
		d.Problem = "vigil:ignore needs a reason after the rule id"
	}
	return d
}

// covers reports whether the directive applies to a finding of rule id starting at line.
func (d *Directive) covers(id string, line int) bool {
	if d.Problem != "" || (line != d.Line && line != d.Line+1) {
		return false
	}
	for _, r := range d.Rules {
		if r == id {
			return true
		}
	}
	return false
}
