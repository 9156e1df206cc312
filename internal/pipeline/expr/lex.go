package expr

import (
	"fmt"
	"strings"
)

// tokKind is the kind of a lexical token.
type tokKind int

const (
	tokEOF tokKind = iota
	tokIdent
	tokNumber
	tokString
	tokPunct // ( ) [ ] . , * !
	tokOp    // == != < <= > >= && ||
)

type token struct {
	kind tokKind
	text string // identifiers and punctuation as written; strings decoded
	pos  int
}

// SyntaxError is an expression that cannot be parsed. Offset is a byte offset in the expression.
type SyntaxError struct {
	Offset int
	Msg    string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("offset %d: %s", e.Offset, e.Msg) }

func isIdentStart(c byte) bool { return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isIdentPart(c byte) bool  { return isIdentStart(c) || c == '-' || c >= '0' && c <= '9' }
func isDigit(c byte) bool      { return c >= '0' && c <= '9' }

// lex splits src into tokens.
func lex(src string) ([]token, error) {
	toks := make([]token, 0, len(src)/4+2)
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case isIdentStart(c):
			j := i + 1
			for j < len(src) && isIdentPart(src[j]) {
				j++
			}
			toks = append(toks, token{tokIdent, src[i:j], i})
			i = j
		case isDigit(c) || (c == '-' || c == '+' || c == '.') && i+1 < len(src) && isDigit(src[i+1]) && numberMayStart(toks):
			j := i + 1
			for j < len(src) && (isIdentPart(src[j]) || src[j] == '.' || (src[j] == '+' || src[j] == '-') && (src[j-1] == 'e' || src[j-1] == 'E')) {
				j++
			}
			text := src[i:j]
			if !validNumber(text) {
				return nil, &SyntaxError{i, fmt.Sprintf("invalid number %q", text)}
			}
			toks = append(toks, token{tokNumber, text, i})
			i = j
		case c == '\'':
			var b strings.Builder
			j := i + 1
			for {
				if j >= len(src) {
					return nil, &SyntaxError{i, "unterminated string literal"}
				}
				if src[j] == '\'' {
					if j+1 < len(src) && src[j+1] == '\'' {
						b.WriteByte('\'')
						j += 2
						continue
					}
					break
				}
				b.WriteByte(src[j])
				j++
			}
			toks = append(toks, token{tokString, b.String(), i})
			i = j + 1
		case c == '"':
			return nil, &SyntaxError{i, `strings use single quotes ('...'), not double quotes`}
		case strings.ContainsRune("()[].,*", rune(c)):
			toks = append(toks, token{tokPunct, string(c), i})
			i++
		case c == '!' || c == '=' || c == '<' || c == '>':
			if i+1 < len(src) && src[i+1] == '=' {
				toks = append(toks, token{tokOp, src[i : i+2], i})
				i += 2
			} else if c == '=' {
				return nil, &SyntaxError{i, "unexpected '=' (comparison is '==')"}
			} else if c == '!' {
				toks = append(toks, token{tokPunct, "!", i})
				i++
			} else {
				toks = append(toks, token{tokOp, string(c), i})
				i++
			}
		case c == '&' || c == '|':
			if i+1 < len(src) && src[i+1] == c {
				toks = append(toks, token{tokOp, src[i : i+2], i})
				i += 2
			} else {
				return nil, &SyntaxError{i, fmt.Sprintf("unexpected %q (logical operators are '&&' and '||')", c)}
			}
		default:
			return nil, &SyntaxError{i, fmt.Sprintf("unexpected character %q", rune(c))}
		}
	}
	toks = append(toks, token{tokEOF, "", len(src)})
	return toks, nil
}

// numberMayStart reports whether a sign or dot here starts a number rather than being an operator:
// only where an operand is expected.
func numberMayStart(toks []token) bool {
	if len(toks) == 0 {
		return true
	}
	last := toks[len(toks)-1]
	return last.kind == tokOp || last.kind == tokPunct && strings.Contains("(,[!", last.text)
}

func validNumber(s string) bool {
	t := strings.TrimLeft(s, "+-")
	if strings.HasPrefix(t, "0x") || strings.HasPrefix(t, "0X") {
		if len(t) == 2 {
			return false
		}
		for _, c := range t[2:] {
			if !strings.ContainsRune("0123456789abcdefABCDEF", c) {
				return false
			}
		}
		return true
	}
	if strings.HasPrefix(t, "0o") {
		if len(t) == 2 {
			return false
		}
		for _, c := range t[2:] {
			if c < '0' || c > '7' {
				return false
			}
		}
		return true
	}
	seenDigit, seenDot, seenExp := false, false, false
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case isDigit(c):
			seenDigit = true
		case c == '.' && !seenDot && !seenExp:
			seenDot = true
		case (c == 'e' || c == 'E') && seenDigit && !seenExp:
			seenExp = true
			seenDigit = false
			if i+1 < len(t) && (t[i+1] == '+' || t[i+1] == '-') {
				i++
			}
		default:
			return false
		}
	}
	return seenDigit
}
