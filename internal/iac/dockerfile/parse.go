// Package dockerfile is the "dockerfile" analyzer: it parses Dockerfiles with BuildKit's parser
// (multi-stage builds, ARG substitution in FROM, heredocs) and runs the Dockerfile rules.
package dockerfile

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/moby/buildkit/frontend/dockerfile/instructions"
	"github.com/moby/buildkit/frontend/dockerfile/parser"
	"github.com/moby/buildkit/frontend/dockerfile/shell"
)

// Dockerfile is one parsed Dockerfile.
type Dockerfile struct {
	Path   string
	Stages []*Stage
	// Args are the global ARGs (before the first FROM) with their defaults.
	Args []instructions.KeyValuePairOptional
	// ArgLines holds the line of each global ARG instruction, in order.
	ArgLines []int
}

// Stage is one build stage.
type Stage struct {
	Index int
	Name  string
	// Base is the FROM argument as written; Image is it with global ARGs substituted ("" when the
	// base is an earlier stage or cannot be resolved). FromStage is the earlier stage it builds on.
	Base      string
	Image     string
	FromStage *Stage
	Line      int
	Commands  []instructions.Command
}

// Final is the stage that makes the image: the last one.
func (d *Dockerfile) Final() *Stage {
	if len(d.Stages) == 0 {
		return nil
	}
	return d.Stages[len(d.Stages)-1]
}

// Chain returns the stage and the earlier stages it builds on, nearest first.
func (s *Stage) Chain() []*Stage {
	var out []*Stage
	for c := s; c != nil && len(out) < 64; c = c.FromStage {
		out = append(out, c)
	}
	return out
}

// line is the first line of a command.
func line(c instructions.Command) int {
	if l, ok := c.(interface{ Location() []parser.Range }); ok {
		if r := l.Location(); len(r) > 0 {
			return r[0].Start.Line
		}
	}
	return 0
}

// ParseError carries the line of a Dockerfile that could not be parsed.
type ParseError struct {
	Line int
	Err  error
}

func (e *ParseError) Error() string { return e.Err.Error() }

// Parse reads a Dockerfile.
func Parse(path string, data []byte) (*Dockerfile, error) {
	res, err := parser.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, &ParseError{Line: errLine(err), Err: err}
	}
	stages, metaArgs, err := instructions.Parse(res.AST, nil)
	if err != nil {
		return nil, &ParseError{Line: errLine(err), Err: err}
	}
	d := &Dockerfile{Path: path}
	env := argEnv{}
	for _, a := range metaArgs {
		for _, kv := range a.Args {
			d.Args = append(d.Args, kv)
			d.ArgLines = append(d.ArgLines, line(&a))
			if kv.Value != nil {
				env[kv.Key] = *kv.Value
			}
		}
	}
	lex := shell.NewLex(res.EscapeToken)
	byName := map[string]*Stage{}
	for i := range stages {
		st := &stages[i]
		s := &Stage{Index: i, Name: strings.ToLower(st.Name), Base: st.BaseName, Commands: st.Commands}
		if len(st.Location) > 0 {
			s.Line = st.Location[0].Start.Line
		}
		if prev, ok := byName[strings.ToLower(st.BaseName)]; ok {
			s.FromStage = prev
		} else if img, _, err := lex.ProcessWord(st.BaseName, env); err == nil && !strings.Contains(img, "$") {
			s.Image = img
			if prev, ok := byName[strings.ToLower(img)]; ok {
				s.FromStage, s.Image = prev, ""
			}
		}
		if s.Name != "" {
			byName[s.Name] = s
		}
		d.Stages = append(d.Stages, s)
	}
	return d, nil
}

// argEnv gives global ARG defaults to the shell lexer.
type argEnv map[string]string

func (e argEnv) Get(k string) (string, bool) { v, ok := e[k]; return v, ok }
func (e argEnv) Keys() []string {
	out := make([]string, 0, len(e))
	for k := range e {
		out = append(out, k)
	}
	return out
}

// errLine digs the line out of a BuildKit parse error.
func errLine(err error) int {
	var le *parser.LocationError
	if errors.As(err, &le) {
		for _, l := range le.Locations {
			if len(l) > 0 {
				return l[0].Start.Line
			}
		}
	}
	var n int
	if _, e := fmt.Sscanf(err.Error(), "dockerfile parse error on line %d", &n); e == nil {
		return n
	}
	return 0
}

// shellText is what a RUN executes: its command line and any heredoc bodies.
func shellText(r *instructions.RunCommand) string {
	var b strings.Builder
	b.WriteString(strings.Join(r.CmdLine, " "))
	for _, f := range r.Files {
		b.WriteString("\n")
		b.WriteString(f.Data)
	}
	return b.String()
}
