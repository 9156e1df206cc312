package jobrules

import (
	"path"
	"strings"
	"sync"

	"mvdan.cc/sh/v3/syntax"

	"github.com/vigil-sec/vigil/internal/pipeline/cimodel"
)

// MaxScript bounds the size of one script that is parsed as shell.
const MaxScript = 256 << 10

// Command is one simple command of a script, its words rendered as text: quotes removed, parameter
// expansions kept as `$NAME`, command substitutions as `$(...)`.
type Command struct {
	Args []string
	// Name is the program run, after wrappers such as sudo, env and time are taken off.
	Name string
	// Rest are the arguments after Name.
	Rest []string
	Line int
	// Inner lists the programs run by command or process substitutions in the arguments
	// (`bash <(curl ...)`, `sh -c "$(wget -O- ...)"`).
	Inner []string
	// Script is the script the command belongs to.
	Script *cimodel.Script
}

// Pipeline is a pipeline of two or more commands (`curl ... | bash`).
type Pipeline struct {
	Stages []*Command
	Line   int
}

// Parsed is one script split into commands.
type Parsed struct {
	Script    *cimodel.Script
	Commands  []*Command
	Pipelines []*Pipeline
	// Shell is false for scripts in another language (PowerShell, cmd, Python), which are not read.
	Shell bool
}

// Parse splits a script into commands with the shell parser; a script the parser refuses (templated
// text, a syntax error) is split on line breaks, pipes and separators instead, so that the rules still
// see its commands.
func Parse(s *cimodel.Script) *Parsed { return parseWith(nil, s) }

// newParser makes a shell parser; one is reused for all the scripts of a pipeline.
func newParser() *syntax.Parser {
	return syntax.NewParser(syntax.Variant(syntax.LangBash), syntax.KeepComments(false))
}

// parsers keeps shell parsers between pipelines: a parser is large, and one is needed per file.
// Parse resets a parser's state, and a parser is used by one goroutine at a time.
var parsers = sync.Pool{New: func() any { return newParser() }}

func parseWith(sp *syntax.Parser, s *cimodel.Script) *Parsed {
	p := &Parsed{Script: s}
	shell := ""
	if f := strings.Fields(s.Shell); len(f) > 0 {
		shell = strings.ToLower(path.Base(f[0]))
	}
	switch shell {
	case "", "bash", "sh", "zsh", "dash", "ash", "ksh":
		p.Shell = true
	default:
		return p
	}
	if !worthParsing(s) {
		return p
	}
	text := MaskTemplates(s.Text)
	if len(text) > MaxScript {
		text = text[:MaxScript]
	}
	if sp == nil {
		sp = newParser()
	}
	file, err := sp.Parse(strings.NewReader(text), "")
	if err != nil {
		p.fallback(text)
		return p
	}
	syntax.Walk(file, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.BinaryCmd:
			if n.Op == syntax.Pipe || n.Op == syntax.PipeAll {
				var stages []*Command
				p.flatten(n, &stages)
				if len(stages) > 1 {
					p.Pipelines = append(p.Pipelines, &Pipeline{Stages: stages, Line: stages[0].Line})
				}
			}
		case *syntax.CallExpr:
			if c := p.command(n); c != nil {
				p.Commands = append(p.Commands, c)
			}
		}
		return true
	})
	return p
}

func (p *Parsed) flatten(n *syntax.BinaryCmd, out *[]*Command) {
	for _, st := range []*syntax.Stmt{n.X, n.Y} {
		switch c := st.Cmd.(type) {
		case *syntax.BinaryCmd:
			if c.Op == syntax.Pipe || c.Op == syntax.PipeAll {
				p.flatten(c, out)
				continue
			}
			*out = append(*out, &Command{Line: p.line(int(st.Pos().Line())), Script: p.Script})
		case *syntax.CallExpr:
			if cmd := p.command(c); cmd != nil {
				*out = append(*out, cmd)
				continue
			}
			*out = append(*out, &Command{Line: p.line(int(st.Pos().Line())), Script: p.Script})
		default:
			*out = append(*out, &Command{Line: p.line(int(st.Pos().Line())), Script: p.Script})
		}
	}
}

func (p *Parsed) line(rel int) int {
	if !p.Script.Exact || rel < 1 {
		return p.Script.Line
	}
	return p.Script.Line + rel - 1
}

func (p *Parsed) command(ce *syntax.CallExpr) *Command {
	if len(ce.Args) == 0 {
		return nil
	}
	c := &Command{Line: p.line(int(ce.Pos().Line())), Script: p.Script}
	for _, w := range ce.Args {
		c.Args = append(c.Args, wordText(w))
		for _, part := range w.Parts {
			c.Inner = append(c.Inner, innerCommands(part)...)
		}
	}
	c.Name, c.Rest = unwrap(c.Args)
	return c
}

// innerCommands names the programs run by substitutions in a word part.
func innerCommands(part syntax.WordPart) []string {
	var stmts []*syntax.Stmt
	switch v := part.(type) {
	case *syntax.CmdSubst:
		stmts = v.Stmts
	case *syntax.ProcSubst:
		stmts = v.Stmts
	case *syntax.DblQuoted:
		var out []string
		for _, q := range v.Parts {
			out = append(out, innerCommands(q)...)
		}
		return out
	default:
		return nil
	}
	var out []string
	for _, st := range stmts {
		syntax.Walk(st, func(n syntax.Node) bool {
			if ce, ok := n.(*syntax.CallExpr); ok && len(ce.Args) > 0 {
				var args []string
				for _, w := range ce.Args {
					args = append(args, wordText(w))
				}
				if name, _ := unwrap(args); name != "" {
					out = append(out, name)
				}
			}
			return true
		})
	}
	return out
}

func wordText(w *syntax.Word) string {
	var b strings.Builder
	for _, part := range w.Parts {
		partText(&b, part)
	}
	return b.String()
}

func partText(b *strings.Builder, part syntax.WordPart) {
	switch v := part.(type) {
	case *syntax.Lit:
		b.WriteString(v.Value)
	case *syntax.SglQuoted:
		b.WriteString(v.Value)
	case *syntax.DblQuoted:
		for _, q := range v.Parts {
			partText(b, q)
		}
	case *syntax.ParamExp:
		if v.Param != nil {
			b.WriteString("$" + v.Param.Value)
		} else {
			b.WriteString("$?")
		}
	case *syntax.CmdSubst:
		b.WriteString("$(...)")
	case *syntax.ProcSubst:
		b.WriteString("<(...)")
	default:
		b.WriteString("?")
	}
}

// wrappers are programs that run the command that follows them.
var wrappers = map[string]bool{"sudo": true, "env": true, "command": true, "exec": true, "time": true, "nice": true, "nohup": true, "doas": true}

// unwrap takes off wrappers (with their options and VAR=value assignments) and returns the program
// and its arguments. Paths are reduced to the base name (/usr/bin/curl is curl).
func unwrap(args []string) (string, []string) {
	i := 0
	for i < len(args) {
		name := path.Base(args[i])
		if !wrappers[name] {
			break
		}
		i++
		for i < len(args) && (strings.HasPrefix(args[i], "-") || strings.Contains(args[i], "=") && !strings.HasPrefix(args[i], "/")) {
			if (args[i] == "-u" || args[i] == "--user" || args[i] == "-g") && i+1 < len(args) {
				i++
			}
			i++
		}
	}
	if i >= len(args) {
		return "", nil
	}
	return path.Base(args[i]), args[i+1:]
}

// fallback splits text that the shell parser refused.
func (p *Parsed) fallback(text string) {
	for n, line := range strings.Split(text, "\n") {
		var stages []*Command
		for _, seg := range splitOutsideQuotes(line, "|") {
			var parts []*Command
			for _, cmd := range splitOutsideQuotes(seg, ";&") {
				args := strings.Fields(cmd)
				if len(args) == 0 {
					continue
				}
				for k := range args {
					args[k] = strings.Trim(args[k], `"'`)
				}
				c := &Command{Args: args, Line: p.line(n + 1), Script: p.Script}
				c.Name, c.Rest = unwrap(args)
				parts = append(parts, c)
				p.Commands = append(p.Commands, c)
			}
			if len(parts) > 0 {
				stages = append(stages, parts[len(parts)-1])
			}
		}
		if len(stages) > 1 {
			p.Pipelines = append(p.Pipelines, &Pipeline{Stages: stages, Line: stages[0].Line})
		}
	}
}

// splitOutsideQuotes splits s at any of the separator bytes outside quotes; doubled separators
// (`||`, `&&`) split once.
func splitOutsideQuotes(s, seps string) []string {
	var out []string
	var quote byte
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case strings.IndexByte(seps, c) >= 0:
			if c == '|' && i+1 < len(s) && s[i+1] == '|' {
				out = append(out, s[start:i])
				i++
				start = i + 1
				continue
			}
			out = append(out, s[start:i])
			if i+1 < len(s) && s[i+1] == c {
				i++
			}
			start = i + 1
		}
	}
	return append(out, s[start:])
}

// SecretParam is the parameter name that MaskTemplates puts in place of a template that reads
// secrets, so that rules can follow secrets into commands.
const SecretParam = "VIGILSECRET"

// MaskTemplates replaces every `${{ ... }}` with X characters of the same length (newlines kept), so
// that the shell parser reads the script with its line structure intact. A template that reads
// `secrets.` becomes `${VIGILSECRET__}` (padded to its length) when it is long enough.
func MaskTemplates(s string) string {
	if !strings.Contains(s, "${{") {
		return s
	}
	b := []byte(s)
	for off := 0; ; {
		i := strings.Index(s[off:], "${{")
		if i < 0 {
			break
		}
		start := off + i
		j := strings.Index(s[start:], "}}")
		end := len(s)
		if j >= 0 {
			end = start + j + 2
		}
		tmpl := s[start:end]
		if strings.Contains(tmpl, "secrets.") && !strings.Contains(tmpl, "\n") && len(tmpl) >= len(SecretParam)+3 {
			copy(b[start:end], "${"+SecretParam+strings.Repeat("_", len(tmpl)-len(SecretParam)-3)+"}")
		} else {
			for k := start; k < end; k++ {
				if b[k] != '\n' {
					b[k] = 'X'
				}
			}
		}
		off = end
	}
	return string(b)
}

// HasFlag reports whether args hold one of the flags, as a separate word, with `=value`, or (for
// single-letter flags) inside a cluster such as -fsSL.
func HasFlag(args []string, flags ...string) bool {
	for _, a := range args {
		if a == "--" {
			return false
		}
		for _, f := range flags {
			if a == f || strings.HasPrefix(a, f+"=") {
				return true
			}
			if len(f) == 2 && f[0] == '-' && f[1] != '-' && len(a) > 2 && a[0] == '-' && a[1] != '-' && strings.IndexByte(a[1:], f[1]) >= 0 {
				return true
			}
		}
	}
	return false
}

// Positional returns the arguments that are not flags, skipping the values of flags listed in
// valued.
func Positional(args []string, valued ...string) []string {
	var out []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if strings.HasPrefix(a, "-") {
			for _, v := range valued {
				if a == v && i+1 < len(args) {
					i++
					break
				}
			}
			continue
		}
		out = append(out, a)
	}
	return out
}

// interesting are the substrings of scripts that some rule of this package looks for; a script with
// none of them is not parsed.
var interesting = []string{"curl", "wget", "iwr", "Invoke-WebRequest", "fetch", "http", "aria2c", "npm", "yarn", "pip", "uv",
	"go ", "gem", "docker", "podman", "source", "bash", "sh ", "python", "node", "perl", "ruby", "php", "iex", "<("}

// printing are the substrings the secret-echo rule looks for.
var printing = []string{"echo", "printf", "print", "Write-", "printenv"}

// worthParsing reports whether any rule could find something in the script.
func worthParsing(s *cimodel.Script) bool {
	for _, w := range interesting {
		if strings.Contains(s.Text, w) {
			return true
		}
	}
	if len(s.SecretEnv) == 0 && !strings.Contains(s.Text, "secrets.") && !strings.Contains(s.Text, "$") {
		return false
	}
	for _, w := range printing {
		if strings.Contains(s.Text, w) {
			return true
		}
	}
	return false
}
