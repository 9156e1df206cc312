package dockerfile

import (
	"strconv"

	"github.com/moby/buildkit/frontend/dockerfile/instructions"

	"github.com/vigil-sec/vigil/internal/rule"
)

// check is one rule and its test over a parsed Dockerfile.
type check struct {
	rule *rule.Rule
	run  func(d *Dockerfile, r *reporter)
}

type hit struct {
	rule    *rule.Rule
	line    int
	subject string
	message string
	// evidence is set only with redacted content.
	evidence string
}

type reporter struct {
	rule *rule.Rule
	hits []hit
}

func (r *reporter) at(line int, subject, message string) {
	r.hits = append(r.hits, hit{rule: r.rule, line: line, subject: subject, message: message})
}

// stageSubject names a stage for findings: "stage build" or "stage 2".
func stageSubject(s *Stage) string {
	if s.Name != "" {
		return "stage " + s.Name
	}
	return "stage " + strconv.Itoa(s.Index)
}

// runs calls fn for every RUN of every stage, with its shell text.
func runs(d *Dockerfile, fn func(s *Stage, run *instructions.RunCommand, text string)) {
	for _, s := range d.Stages {
		for _, c := range s.Commands {
			if run, ok := c.(*instructions.RunCommand); ok {
				fn(s, run, shellText(run))
			}
		}
	}
}
